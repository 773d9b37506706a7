/**
 * Faults, provoked for real in Chromium with the built extension: the service worker stopped
 * mid-audit and mid-journey (CDP ServiceWorker.stopAllWorkers), the browser restarted in the
 * middle of a guide and of a journey, storage quota exhausted (CDP Storage.overrideQuotaForOrigin
 * on the extension's origin), corrupted stored records, two windows auditing at once. Each must
 * end with a clear message, recovery, and nothing already stored lost. What each showed goes
 * into RELIABILITY.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, stopServiceWorkers, type ExtensionSession } from './support/browser';
import { openConsole, type ExtensionConsole } from './support/extension-console';
import { FAULT_OUTCOMES, saveOutcomes, writeReliabilityReport, type FaultOutcome } from './support/reliability-report';
import { startTestWeb, type TestWeb } from '../fixtures/test-web';

const DEMO = (path: string) => `/before${path}`;

describe('faults', () => {
  let web: TestWeb;
  let session: ExtensionSession;
  let console: ExtensionConsole;
  const outcomes: FaultOutcome[] = [];
  const record = (id: string, fault: string, showed: string) => outcomes.push({ id, fault, showed, failures: [] });

  beforeAll(async () => {
    web = await startTestWeb();
    session = await launchWithExtension({ web });
    console = await openConsole(session);
  });
  afterAll(async () => {
    if (outcomes.length > 0) {
      saveOutcomes(FAULT_OUTCOMES, outcomes);
      writeReliabilityReport();
    }
    await session?.close();
    await web?.close();
  });

  const open = async (path: string) => {
    const page = await session.context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(session.web.url('demo.gov.kr', DEMO(path)));
    return page;
  };
  const tabIdOf = (page: Page) => console.tabId(page.url());

  const stopServiceWorker = () => stopServiceWorkers(session);

  async function restartBrowser() {
    await console.page.close().catch(() => undefined);
    await session.close({ keepProfile: true });
    session = await launchWithExtension({ userDataDir: session.userDataDir, web });
    console = await openConsole(session);
  }

  it('service worker stopped mid-audit: the side panel says the audit failed, the next one works, nothing stored is lost', async () => {
    const page = await open('/resident-copy/apply.html');
    const tabId = await tabIdOf(page);
    const kept = await console.value('audit:run', { tabId });

    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const run = panel.getByRole('button', { name: '이 페이지 검사' });
    await run.click();
    // Stop it while the audit is in flight (the button is disabled while it runs).
    await panel.waitForFunction(() => (document.querySelector('main button') as HTMLButtonElement | null)?.disabled === true);
    await stopServiceWorker();
    const message = panel.locator('.error', { hasText: '검사하지 못했습니다' });
    await message.waitFor({ timeout: 30_000 });
    const text = (await message.textContent()) ?? '';

    await run.click();
    await panel.getByRole('heading', { name: '문제', exact: true }).waitFor({ timeout: 60_000 });
    const stored = await console.value('audits:get', { id: kept.id });
    expect(stored.id).toBe(kept.id);
    record(
      'sw-mid-audit',
      'Service worker stopped in the middle of an audit',
      `the side panel says 「${text.split(':')[0]}」; pressing 이 페이지 검사 again works; the earlier audit is still stored`,
    );
    await panel.close();
    await page.close();
  });

  it('service worker stopped mid-journey, while a page is audited: the audit is re-run on restart, the journey keeps every page', async () => {
    const page = await open('/index.html');
    const journey = await console.value('journey:start', { tabId: await tabIdOf(page), name: '중단 여정' });
    expect(journey.pages).toHaveLength(1);

    await page.goto(session.web.url('demo.gov.kr', DEMO('/help.html')));
    await expect.poll(async () => (await console.value('journey:status', {})).auditing, { timeout: 20_000, interval: 50 }).toBe(true);
    await stopServiceWorker();

    // The next message wakes the worker, which finds the audit it lost and runs it again.
    await expect
      .poll(async () => (await console.value('audits:list', { journeyId: journey.id })).journeys[0]?.pages.length, { timeout: 60_000 })
      .toBe(2);
    const stopped = await console.value('journey:stop', {});
    const pages = (await console.value('audits:list', { journeyId: journey.id })).pages;
    expect(pages.map((summary) => new URL(summary.url).pathname)).toEqual([DEMO('/index.html'), DEMO('/help.html')]);
    record(
      'sw-mid-journey',
      'Service worker stopped in the middle of a journey (while a page was audited)',
      `the lost audit is run again when the worker wakes; the journey keeps both pages in order (${stopped?.pages.length} pages)`,
    );
    await page.close();
  });

  it('browser restarted in the middle of a journey: it is still recording and continues in a new tab', async () => {
    const page = await open('/index.html');
    const journey = await console.value('journey:start', { tabId: await tabIdOf(page), name: '재시작 여정' });
    await restartBrowser();

    const status = await console.value('journey:status', {});
    expect(status.journey?.id).toBe(journey.id);
    expect(status.tabOpen).toBe(false);
    const again = await open('/help.html');
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${await tabIdOf(again)}`);
    await panel.getByRole('button', { name: '이 탭에서 이어서 기록' }).click();
    await panel.getByText('“재시작 여정” 기록 중: 페이지 2개').waitFor({ timeout: 60_000 });
    const stopped = await console.value('journey:stop', {});
    expect(stopped?.pages).toHaveLength(2);
    record(
      'restart-mid-journey',
      'Browser restarted in the middle of a journey',
      'the side panel offers 「이 탭에서 이어서 기록」; the journey continues with its first page kept',
    );
    await panel.close();
    await again.close();
  });

  it('browser restarted in the middle of a guide: the guide card comes back at the same step', async () => {
    const page = await open('/index.html');
    await page.getByRole('button', { name: /돋보기/ }).click();
    await page.getByRole('button', { name: '도와 드릴 일' }).click();
    await page.getByRole('button', { name: /^주민등록표 등본 떼기: / }).click();
    const card = (on: Page) => on.locator('.guide-card');
    await card(page).locator('.guide-progress', { hasText: '1 / 11' }).waitFor({ timeout: 15_000 });
    await page.locator('a[href="resident-copy/apply.html"]').click();
    await card(page).locator('.guide-progress', { hasText: '2 / 11' }).waitFor({ timeout: 15_000 });

    await restartBrowser();
    const again = await open('/resident-copy/apply.html');
    await card(again).locator('.guide-progress', { hasText: '2 / 11' }).waitFor({ timeout: 20_000 });
    record(
      'restart-mid-guide',
      'Browser restarted in the middle of a guide',
      'the guide card comes back at step 2 / 11 on the page the user was on',
    );
    await again.close();
  });

  it('storage quota exhausted: the audit is not saved, the side panel says why, earlier audits are kept, and it works again once there is room', async () => {
    const page = await open('/search.html');
    const tabId = await tabIdOf(page);
    const before = (await console.value('audits:list', {})).pages.length;
    expect(before).toBeGreaterThan(0);

    const cdp = await session.context.newCDPSession(console.page);
    const origin = `chrome-extension://${session.extensionId}`;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 });
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('button', { name: '이 페이지 검사' }).click();
    const message = panel.locator('.error', { hasText: '저장 공간이 가득 차서' });
    await message.waitFor({ timeout: 60_000 });
    expect((await console.value('audits:list', {})).pages.length).toBe(before);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await cdp.detach();
    await panel.getByRole('button', { name: '이 페이지 검사' }).click();
    await panel.getByRole('heading', { name: '문제', exact: true }).waitFor({ timeout: 60_000 });
    expect((await console.value('audits:list', {})).pages.length).toBe(before + 1);
    record(
      'quota',
      'Storage quota exhausted (IndexedDB quota of the extension origin set to 1 kB)',
      "the side panel says, in the user's language, 「저장 공간이 가득 차서 이번 검사는 저장하지 못했습니다. 이전 검사는 그대로 있습니다 …」; nothing stored is lost; the next audit saves once there is room",
    );
    await panel.close();
    await page.close();
  });

  it('corrupted stored records: settings, sites and guide progress are repaired to defaults, a broken audit record is skipped, nothing else is lost', async () => {
    const page = await open('/index.html');
    const kept = await console.value('audit:run', { tabId: await tabIdOf(page) });
    const worker = await session.serviceWorker();
    await worker.evaluate(async () => {
      await chrome.storage.local.set({ settings: 'garbage', sites: 42, guideProgress: { guideId: 5, history: 'x' }, helpers: [1, 2] });
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('dotbogi-audits');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('pages', 'readwrite');
          transaction.objectStore('pages').put({ id: 'corrupt-record', startedAt: 7, frames: 'nope' });
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      });
    });

    // The overlay still starts on a government page, with default settings.
    const fresh = await open('/help.html');
    await fresh.getByRole('button', { name: /돋보기/ }).waitFor({ timeout: 15_000 });
    const stored = (await console.page.evaluate(() =>
      chrome.storage.local.get(['settings', 'sites', 'guideProgress', 'helpers', 'storageRepairs']),
    )) as Record<string, unknown>;
    // Reset = removed, so every reader gets the item's default.
    expect([stored.settings, stored.sites, stored.guideProgress, stored.helpers]).toEqual([undefined, undefined, undefined, undefined]);
    const repaired = (stored.storageRepairs as { key: string; reason: string }[]).map((repair) => repair.key);
    expect(repaired).toEqual(expect.arrayContaining(['settings', 'sites', 'guideProgress', 'helpers']));

    // The side panel lists the good audits and skips the broken record.
    const listing = await console.value('audits:list', {});
    expect(listing.pages.map((summary) => summary.id)).toContain(kept.id);
    expect(listing.pages.map((summary) => summary.id)).not.toContain('corrupt-record');
    const panel = await session.openExtensionPage('sidepanel.html');
    await panel
      .getByRole('heading', { name: '이 페이지 검사' })
      .or(panel.getByRole('button', { name: '이 페이지 검사' }))
      .first()
      .waitFor();
    // The user is told, in plain words, and the notice goes once they have read it.
    const popup = await session.openExtensionPage('popup.html');
    const notice = popup.getByRole('alert').filter({ hasText: '저장된 설정 일부를 되돌렸습니다' });
    await notice.waitFor();
    await notice.getByRole('button', { name: '확인했습니다' }).click();
    await notice.waitFor({ state: 'detached' });
    await popup.close();
    record(
      'corrupt',
      'Corrupted records: garbage in chrome.storage.local (settings, sites, guideProgress, helpers) and in an IndexedDB audit record',
      'each broken item is reset to its default and noted in storageRepairs (the reason is kept); the popup tells the user once; the overlay starts; the broken audit record is skipped and every other audit is still listed',
    );
    await panel.close();
    await fresh.close();
    await page.close();
  });

  it('two windows auditing at once: both audits finish and both are stored', async () => {
    const worker = await session.serviceWorker();
    const urls = [session.web.url('demo.gov.kr', DEMO('/notice/list.html')), session.web.url('demo.gov.kr', DEMO('/move-in/apply.html'))];
    const tabIds = await worker.evaluate(async (targets) => {
      const ids: number[] = [];
      for (const url of targets) {
        const created = await chrome.windows.create({ url });
        ids.push(created!.tabs![0]!.id!);
      }
      // Wait until both finished loading.
      for (let tries = 0; tries < 100; tries++) {
        const tabs = await Promise.all(ids.map((id) => chrome.tabs.get(id)));
        if (tabs.every((tab) => tab.status === 'complete')) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return ids;
    }, urls);
    const [first, second] = await Promise.all(tabIds.map((tabId) => console.value('audit:run', { tabId }, 90_000)));
    expect(first!.id).not.toBe(second!.id);
    expect(new URL(first!.url).pathname).toBe(DEMO('/notice/list.html'));
    expect(new URL(second!.url).pathname).toBe(DEMO('/move-in/apply.html'));
    const ids = (await console.value('audits:list', {})).pages.map((summary) => summary.id);
    expect(ids).toEqual(expect.arrayContaining([first!.id, second!.id]));
    record('two-windows', 'Two windows auditing at once', 'both audits finish, each with its own page and id, and both are stored');
    await worker.evaluate(async (ids) => {
      for (const id of ids) await chrome.tabs.remove(id);
    }, tabIds);
  });
});
