import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, stopServiceWorkers, tabIdOf, type ExtensionSession } from './support/browser';
import { ROOT } from './support/paths';
import { startTestWeb, type TestWeb } from '../fixtures/test-web';
import type { AuditExport, Journey, StoredPageAudit } from '@/utils/audit/types';
import { unpackPageAudit } from '../../utils/audit/packed-axe';
import { e2eReachable, outcomesOf, referenceAxe } from './support/reference-axe';
import { OVERLAY_HOST_NAME } from '../../utils/overlay/frame-markers';
import type { JourneyStatus } from '@/utils/messaging/replies';

const KO_AXE = JSON.parse(readFileSync(join(ROOT, 'node_modules/axe-core/locales/ko.json'), 'utf8')) as {
  rules: Record<string, { help: string }>;
};
const KO_RULES = JSON.parse(readFileSync(join(ROOT, 'locales/ko/rules.json'), 'utf8')) as Record<string, { title: string }>;
const NAME = '홍길동';
const BIRTH = '19500101';

describe('the audit engine in the built extension', () => {
  let web: TestWeb;
  let session: ExtensionSession;
  beforeAll(async () => {
    web = await startTestWeb();
    session = await launchWithExtension({ web });
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  it('audits a demo page from the side panel and shows ranked findings in Korean', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${await tabIdOf(session, page.url())}`);
    await panel.getByRole('button', { name: '이 페이지 검사' }).click();
    await panel.getByRole('heading', { name: '문제', exact: true }).waitFor({ timeout: 60_000 });
    // One of our checks (the 12 px icons) and an axe rule, both in Dotbogi's own plain Korean.
    await panel.getByText(KO_RULES['target-size-kwcag']!.title).first().waitFor();
    await panel.getByText(KO_RULES['image-alt']!.title).first().waitFor();
    // axe's own Korean ("… 엘리먼트는 …") is not the sentence a person reads.
    expect(await panel.getByText(KO_AXE.rules['image-alt']!.help).count()).toBe(0);
    // The KWCAG matrix is folded away under the per-rule items.
    await panel.getByText('KWCAG 2.2 항목별 상태').click();
    await panel.locator('table.kwcag').getByText('2.1.3 (6.1.3)').waitFor();
    await panel.getByText('이 결과는 사이트가 접근성을 갖췄다는 인증이 아닙니다', { exact: false }).waitFor();
    await panel.close();
    await page.close();
  }, 180_000);

  it('keeps every axe rule outcome identical to axe.run with iframes: true on the same pages, frames included', async () => {
    const pages = [
      ...['/before/index.html', '/before/resident-copy/apply.html', '/after/resident-copy/apply.html', '/before/login.html'].map((path) =>
        session.web.url('demo.gov.kr', path),
      ),
      ...['/titled.html', '/cross-frame.html', '/nested.html', '/shadow-form.html'].map((path) =>
        session.web.url('www.sample.go.kr', path),
      ),
    ];
    for (const url of pages) {
      const page = await session.context.newPage();
      await page.goto(url);
      const ours = await unpackPageAudit(await send<StoredPageAudit>(session, 'audit:run', { tabId: await tabIdOf(session, page.url()) }));
      await page.close();
      // Our own launcher is on the page (a government host) but is not the site's: axe left it out.
      expect(JSON.stringify(ours.axe), url).not.toContain(OVERLAY_HOST_NAME);

      const fresh = await session.context.newPage();
      await fresh.goto(url);
      const reference = await referenceAxe(fresh, e2eReachable);
      await fresh.close();
      const kept = outcomesOf(ours.axe!);
      expect(kept.buckets, url).toEqual(reference.buckets);
      // The same nodes failed or need review, in the same frames.
      expect(kept.targets, url).toEqual(reference.targets);
      // Every axe rule is in our per-page rule list with its outcome for the page.
      for (const [id, buckets] of Object.entries(reference.buckets)) {
        const outcome = buckets.includes('violations')
          ? 'failed'
          : buckets.includes('incomplete')
            ? 'needs-review'
            : buckets.includes('passes')
              ? 'passed'
              : 'inapplicable';
        expect(ours.rules.find((rule) => rule.ruleId === id)?.outcome, `${url} ${id}`).toBe(outcome);
      }
    }
  }, 400_000);

  it('records the 등본 journey across a service-worker restart and a browser restart, and keeps no typed values', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
    const tabId = await tabIdOf(session, page.url());
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByLabel('여정 이름').fill('등본 발급');
    await panel.getByRole('button', { name: '여정 기록 시작' }).click();
    await panel.getByText('“등본 발급” 기록 중: 페이지 1개').waitFor({ timeout: 60_000 });

    await stopServiceWorker(session);

    await page.fill('#applicant-name', NAME);
    await page.fill('#applicant-birth', BIRTH);
    await page.selectOption('#sido', '서울특별시');
    await page.selectOption('#sigungu', '종로구');
    await page.selectOption('#purpose', '관공서 제출');
    // Keyboard, as many older users do (the 돋보기 overlay layer sits over the page's corner).
    await page.focus('#apply-submit');
    await page.keyboard.press('Enter');
    await page.waitForURL(/confirm\.html/);
    await panel.getByText('“등본 발급” 기록 중: 페이지 2개').waitFor({ timeout: 60_000 });

    await page.fill('#confirm-name', NAME);
    await page.fill('#confirm-birth', BIRTH);
    await page.focus('#confirm-submit');
    await page.keyboard.press('Enter');
    await page.waitForURL(/issued\.html/);
    await panel.getByText('“등본 발급” 기록 중: 페이지 3개').waitFor({ timeout: 60_000 });
    await panel.getByRole('button', { name: '여정 기록 끝내기' }).click();
    await panel.getByRole('button', { name: '여정 기록 시작' }).waitFor();

    const listing = await send<{ journeys: Journey[]; pages: { id: string; url: string }[] }>(session, 'audits:list', {});
    const journey = listing.journeys.find((entry) => entry.name === '등본 발급')!;
    expect(journey.status).toBe('stopped');
    expect(journey.pages).toHaveLength(3);
    const steps = journey.pages.map((id) => new URL(listing.pages.find((entry) => entry.id === id)!.url).pathname);
    expect(steps).toEqual(['/before/resident-copy/apply.html', '/before/resident-copy/confirm.html', '/before/resident-copy/issued.html']);
    // The confirm page asks for the name and birth date again: redundant entry, across the journey.
    expect(journey.findings.map((finding) => finding.ruleId)).toContain('redundant-entry');

    // Start a second journey and leave it recording when the browser goes away.
    await page.goto(session.web.url('demo.gov.kr', '/before/index.html'));
    await panel.getByLabel('여정 이름').fill('재시작 여정');
    await panel.getByRole('button', { name: '여정 기록 시작' }).click();
    await panel.getByText('“재시작 여정” 기록 중: 페이지 1개').waitFor({ timeout: 60_000 });

    await session.close({ keepProfile: true });
    session = await launchWithExtension({ userDataDir: session.userDataDir, web });

    const after = await send<{ journeys: Journey[] }>(session, 'audits:list', {});
    const kept = after.journeys.find((entry) => entry.id === journey.id)!;
    expect(kept.pages).toEqual(journey.pages);
    const first = await unpackPageAudit(await send<StoredPageAudit>(session, 'audits:get', { id: kept.pages[0]! }));
    expect(first.axe?.testEngine.name).toBe('axe-core');

    // The unfinished journey is still recording; it continues in a new tab.
    const status = await send<JourneyStatus>(session, 'journey:status', {});
    expect(status.journey?.name).toBe('재시작 여정');
    const again = await session.context.newPage();
    await again.goto(session.web.url('demo.gov.kr', '/before/help.html'));
    const panel2 = await session.openExtensionPage(`sidepanel.html?tabId=${await tabIdOf(session, again.url())}`);
    await panel2.getByRole('button', { name: '이 탭에서 이어서 기록' }).click();
    await panel2.getByText('“재시작 여정” 기록 중: 페이지 2개').waitFor({ timeout: 60_000 });
    await panel2.getByRole('button', { name: '여정 기록 끝내기' }).click();
    await panel2.getByRole('button', { name: '여정 기록 시작' }).waitFor();

    // Nothing the user typed survives into the export (GET forms put it in URLs and on screen).
    const file = await send<AuditExport>(session, 'audits:export', {});
    const text = JSON.stringify(file);
    expect(file.pages.length).toBeGreaterThanOrEqual(5);
    expect(text).not.toContain(NAME);
    expect(text).not.toContain(BIRTH);
    await panel2.close();
    await again.close();
  }, 300_000);
});

/** Sends a message from an extension page, as the side panel does, and unwraps the reply. */
async function send<T>(session: ExtensionSession, type: string, payload: unknown): Promise<T> {
  const page: Page = await session.openExtensionPage('sidepanel.html');
  try {
    const reply = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ dotbogi: 1, type: t, payload: p }), [
      type,
      payload,
    ] as const)) as { ok: true; value: T } | { ok: false; error: { message: string } };
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  } finally {
    await page.close();
  }
}

/** Stops the extension's service worker (as Chrome does when it idles), and proves it restarted afresh. */
async function stopServiceWorker(session: ExtensionSession) {
  const worker = await session.serviceWorker();
  await worker.evaluate(() => ((globalThis as unknown as { __beforeStop: boolean }).__beforeStop = true));
  await stopServiceWorkers(session);
  // Wake it with a message, then check the new instance lost its in-memory state.
  await send(session, 'journey:status', {});
  const fresh = await session.serviceWorker();
  expect(await fresh.evaluate(() => (globalThis as unknown as { __beforeStop?: boolean }).__beforeStop ?? false)).toBe(false);
}
