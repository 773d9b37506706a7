import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { openConsole } from './support/extension-console';
import { ARTIFACTS, ROOT } from './support/paths';
import { SCHEMA_VERSION, type AuditExport, type Journey, type PageAudit } from '@/utils/audit/types';
import { samplePageAudit } from '../kits/sample-audit';
import { strFromU8, unzipSync } from 'fflate';
import { englishSentences } from '@/tests/kits/report/english';

const HOSTILE_DIR = join(ROOT, 'tests/fixtures/hostile/report');

/**
 * The report end to end: real audits of hostile pages and of the demo site's before/after pages,
 * the report page that shows them, and the standalone HTML it exports.
 */
describe('the service-improvement report in the built extension', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    await mkdir(join(ARTIFACTS, 'report'), { recursive: true });
  });
  afterAll(() => session?.close());

  it(
    'shows hostile pages’ text as text in the report page and in the exported HTML: nothing runs, nothing overflows',
    { timeout: 600_000 },
    async () => {
      for (const file of (await readdir(HOSTILE_DIR)).filter((name) => name.endsWith('.html'))) {
        const audit = await auditPage(session, session.web.url('127.0.0.1', `/hostile/report/${file}`));
        expect(audit.findings.length, file).toBeGreaterThan(0);

        const report = await session.context.newPage();
        const dialogs = watchDialogs(report);
        await report.goto(`chrome-extension://${session.extensionId}/report.html?audit=${encodeURIComponent(audit.id)}`);
        await report.getByRole('heading', { level: 2, name: '발견한 문제 (규칙별)' }).waitFor({ timeout: 30_000 });
        await expectInert(report, file);

        const [download] = await Promise.all([
          report.waitForEvent('download'),
          report.getByRole('button', { name: 'HTML 보고서' }).click(),
        ]);
        const exported = join(ARTIFACTS, 'report', `${file.replace('.html', '')}-export.html`);
        await download.saveAs(exported);
        await report.screenshot({ path: join(ARTIFACTS, 'report', `${file.replace('.html', '')}-page.png`) });
        await report.close();

        const offline = await session.context.newPage();
        const exportDialogs = watchDialogs(offline);
        await offline.goto(pathToFileURL(exported).href);
        await offline.getByRole('heading', { level: 2, name: '발견한 문제 (규칙별)' }).waitFor();
        await expectInert(offline, `${file} (exported)`);
        await offline.close();
        expect([...dialogs, ...exportDialogs], file).toEqual([]);
      }
    },
  );

  it(
    'compares the demo site’s 등본 application page before and after the redesign: the repaired defects are fixed',
    { timeout: 300_000 },
    async () => {
      const before = await auditPage(session, session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
      const after = await auditPage(session, session.web.url('demo.gov.kr', '/after/resident-copy/apply.html'));
      const report = await session.context.newPage();
      await report.goto(
        `chrome-extension://${session.extensionId}/report.html?audit=${encodeURIComponent(after.id)}&compare=${encodeURIComponent(before.id)}`,
      );
      const fixed = report.locator('section[aria-labelledby="compare-fixed"]');
      await fixed.waitFor({ timeout: 30_000 });
      const more = fixed.getByRole('button', { name: '더 보기' });
      // The list draws its rows a few per task (useProgressive), and each 더 보기 adds more: read until they are drawn.
      await expect
        .poll(
          async () => {
            while (await more.isVisible()) await more.click();
            return fixed.locator('code').allTextContents();
          },
          { timeout: 30_000 },
        )
        .toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label']));
      // The first page says before → after in findings, and the rules by status.
      const summary = report.locator('section.one-page');
      await expect.poll(() => summary.textContent()).toMatch(/문제 \d+건 → \d+건 \(곳: \d+ → \d+\)/);
      expect(await summary.textContent()).toMatch(/규칙별: 해결 [1-9]\d*개/);
      await report.getByRole('heading', { name: '숫자 읽는 법' }).waitFor();
      await report.screenshot({ path: join(ARTIFACTS, 'report', 'demo-before-after.png'), fullPage: false });

      // The 품질인증 workbook: the library loads when the button is pressed, in the extension page (its CSP).
      const [xlsx] = await Promise.all([
        report.waitForEvent('download'),
        report.getByRole('button', { name: '엑셀 (품질인증 표)' }).click(),
      ]);
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      const workbook = unzipSync(new Uint8Array(await readFile((await xlsx.path())!)));
      expect(strFromU8(workbook['xl/workbook.xml']!)).toContain('품질인증 표');
      await report.getByText('.xlsx 파일이 준비되었습니다.', { exact: false }).waitFor();

      // The one-page summary prints on one A4 page.
      const [onePage] = await Promise.all([
        report.waitForEvent('download'),
        report.getByRole('button', { name: '한 장 요약 (A4)' }).click(),
      ]);
      const summaryFile = join(ARTIFACTS, 'report', 'demo-one-page.summary.html');
      await onePage.saveAs(summaryFile);
      const printed = await session.context.newPage();
      await printed.goto(pathToFileURL(summaryFile).href);
      await printed.emulateMedia({ media: 'print' });
      await printed.screenshot({ path: join(ARTIFACTS, 'report', 'demo-one-page.png'), fullPage: true });
      const pdf = await printed.pdf({ format: 'A4', printBackground: true, path: join(ARTIFACTS, 'report', 'demo-one-page.pdf') });
      expect(pdfPages(pdf)).toBe(1);
      await printed.close();

      // The full report prints with no label clipped and no number broken across lines.
      const [full] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'HTML 보고서' }).click()]);
      const fullFile = join(ARTIFACTS, 'report', 'demo-after-compared.html');
      await full.saveAs(fullFile);
      const paper = await session.context.newPage();
      await paper.goto(pathToFileURL(fullFile).href);
      await paper.emulateMedia({ media: 'print' });
      const broken = await paper.evaluate(() => {
        const lines = (element: Element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        const labels = [...document.querySelectorAll('.report .tags li, .report .cert, .report .totals')];
        const numbers = [...document.querySelectorAll('.report td, .report th')].filter((cell) =>
          /^\s*[\d,.:→ ()/-]+\s*$/.test(cell.textContent ?? ''),
        );
        return {
          clipped: labels.filter((label) => label.scrollWidth > label.clientWidth + 1).map((label) => label.textContent),
          wrappedLabels: [...document.querySelectorAll('.report .tags li, .report .cert')]
            .filter((label) => lines(label) > 1)
            .map((label) => label.textContent),
          wrappedNumbers: numbers.filter((cell) => lines(cell) > 1).map((cell) => cell.textContent),
        };
      });
      expect(broken).toEqual({ clipped: [], wrappedLabels: [], wrappedNumbers: [] });
      await paper.pdf({ format: 'A4', printBackground: true, path: join(ARTIFACTS, 'report', 'demo-after-compared.pdf') });
      await paper.close();

      // The JSON download is the audits behind the report, axe's raw results as objects (the store keeps them packed).
      const [download] = await Promise.all([
        report.waitForEvent('download'),
        report.getByRole('button', { name: 'JSON (검사 원본)' }).click(),
      ]);
      const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as AuditExport;
      expect(file.pages.map((page) => page.id).sort()).toEqual([after.id, before.id].sort());
      for (const page of file.pages) expect(page.axe?.testEngine.name).toBe('axe-core');
      await report.close();
    },
  );

  it(
    'reports a real demo journey in Korean throughout — page and exported HTML — with times in the reader’s time zone',
    { timeout: 300_000 },
    async () => {
      const console = await openConsole(session);
      const page = await session.context.newPage();
      await page.goto(session.web.url('demo.gov.kr', '/before/index.html'));
      const journey = await console.value('journey:start', { tabId: await console.tabId(page.url()), name: '등본 신청' });
      const pagesRecorded = async () => (await console.value('audits:list', { journeyId: journey.id })).journeys[0]?.pages.length;
      await expect.poll(pagesRecorded, { timeout: 60_000 }).toBe(1);
      await page.goto(session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
      await expect.poll(pagesRecorded, { timeout: 60_000 }).toBe(2);
      await console.value('journey:stop', {});
      const audits = await Promise.all(
        (await console.value('audits:list', { journeyId: journey.id })).journeys[0]!.pages.map((id: string) =>
          console.value('audits:get', { id }),
        ),
      );
      // Rule ids are references a report may show as they are; anything else in Latin letters is a sentence to translate.
      const ruleIds = [...new Set(audits.flatMap((audit) => audit.rules.map((rule) => rule.ruleId)))];
      expect(audits.flatMap((audit) => audit.findings.map((finding) => finding.ruleId))).toContain('target-size');

      const report = await session.context.newPage();
      // A designer in Seoul: the report prints the time with its offset.
      await (await session.context.newCDPSession(report)).send('Emulation.setTimezoneOverride', { timezoneId: 'Asia/Seoul' });
      await report.goto(`chrome-extension://${session.extensionId}/report.html?journey=${encodeURIComponent(journey.id)}`);
      await report.getByRole('heading', { level: 2, name: '검사 범위' }).waitFor({ timeout: 60_000 });
      await report.locator('article.finding').first().waitFor({ state: 'attached' });
      expect(await report.locator('main').first().textContent()).toMatch(/검사 시각 \d{4}-\d\d-\d\d \d\d:\d\d \(UTC\+9\)/);
      expect(englishSentences(await readableText(report), ruleIds)).toEqual([]);
      // Dotbogi's own Korean title and explanation for the axe rule, not axe's English help.
      const koRules = JSON.parse(await readFile(join(ROOT, 'locales/ko/rules.json'), 'utf8')) as Record<
        string,
        { title: string; explanation: string }
      >;
      const targetCard = report.locator('article.finding', { hasText: koRules['target-size']!.title });
      await expect.poll(() => targetCard.count()).toBe(1);
      // Its explanation names the people hurt through the glossary ($t(terms:persona.…)): the card shows terms.json's words.
      const koTerms = JSON.parse(await readFile(join(ROOT, 'locales/ko/terms.json'), 'utf8')) as { persona: Record<string, string> };
      const explanation = koRules['target-size']!.explanation.replace(
        /\$t\(terms:persona\.([\w-]+)\)/g,
        (_, key: string) => koTerms.persona[key]!,
      );
      expect(explanation).toContain(koTerms.persona.older);
      expect(await targetCard.textContent()).toContain(explanation);
      expect(await report.locator('main').first().textContent()).not.toContain('$t(');
      expect(await report.locator('main').first().textContent()).not.toContain('All touch targets must be 24px large');

      const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'HTML 보고서' }).click()]);
      const exported = join(ARTIFACTS, 'report', 'demo-journey-korean.html');
      await download.saveAs(exported);
      const offline = await session.context.newPage();
      await (await session.context.newCDPSession(offline)).send('Emulation.setTimezoneOverride', { timezoneId: 'Asia/Seoul' });
      await offline.goto(pathToFileURL(exported).href);
      await offline.getByRole('heading', { level: 2, name: '검사 범위' }).waitFor();
      expect(englishSentences(await readableText(offline), ruleIds)).toEqual([]);
      expect(await offline.locator('body').textContent()).toContain(koRules['target-size']!.title);
      expect(await offline.locator('body').textContent()).toContain('(UTC+9)');
      await Promise.all([offline.close(), report.close(), page.close(), console.page.close()]);
    },
  );

  it(
    'shows a journey step that could not be audited as 「검사하지 못함」 with why, never as zero problems: the page, the HTML and the Markdown',
    { timeout: 180_000 },
    async () => {
      const console = await openConsole(session);
      // Step 1 audited; step 2's audit stopped before any frame was audited (the tab closed); step 3's record is gone;
      // step 4's record was written by a newer Dotbogi (a schema this one cannot read).
      const journeyId = 'journey-not-audited';
      const done = samplePageAudit({ id: 'step-1', journeyId, url: 'https://www.example.go.kr/apply' });
      const stopped = samplePageAudit({
        id: 'step-2',
        journeyId,
        url: 'https://www.example.go.kr/pay',
        status: 'interrupted',
        findings: [],
        coverage: { ...done.coverage, framesAudited: 0, errors: [{ frame: 'top', message: 'The tab was closed during the audit.' }] },
      });
      const journey: Journey = {
        schemaVersion: SCHEMA_VERSION,
        id: journeyId,
        name: '납부 여정',
        tabId: 1,
        status: 'stopped',
        startedAt: done.startedAt,
        endedAt: done.finishedAt,
        pages: ['step-1', 'step-2', 'step-3', 'step-4'],
        findings: [],
        kwcag: [],
      };
      const file = {
        format: 'dotbogi-audits',
        schemaVersion: SCHEMA_VERSION,
        exportedAt: done.startedAt,
        journeys: [journey],
        pages: [done, stopped],
      };
      expect(await console.value('audits:import', { file })).toEqual({ journeys: 1, pages: 2 });
      const worker = await session.serviceWorker();
      await worker.evaluate(
        async (record: string) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('dotbogi-audits');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const transaction = request.result.transaction('pages', 'readwrite');
              transaction.objectStore('pages').put(JSON.parse(record));
              transaction.oncomplete = () => resolve();
              transaction.onerror = () => reject(transaction.error);
            };
          }),
        JSON.stringify({ ...done, id: 'step-4', schemaVersion: 99 }),
      );

      const report = await session.context.newPage();
      await report.goto(`chrome-extension://${session.extensionId}/report.html?journey=${journeyId}`);
      // The steps table (the heat map's table alternative comes first and has no caption).
      const rows = report.locator('section[aria-labelledby="journey"] table:has(caption)').locator('tbody tr');
      await rows.nth(3).waitFor({ state: 'attached', timeout: 30_000 });
      const row = async (index: number) => (await rows.nth(index).textContent()) ?? '';
      expect(await row(1)).toContain('검사하지 못함: The tab was closed during the audit.');
      expect(await row(2)).toContain('검사하지 못함');
      // The counts cells of those steps say 검사하지 못함, not 0.
      for (const index of [1, 2, 3]) expect(await rows.nth(index).locator('td[colspan]').textContent()).toBe('검사하지 못함');
      // Why, in Korean, with the record's id and the schema versions as values (#17: not the engine's English).
      expect(await row(2)).toContain('검사하지 못함: 이 검사 기록을 찾을 수 없습니다 (기록 번호 step-3).');
      expect(await row(3)).toMatch(
        /검사하지 못함: 더 새로운 돋보기가 만든 기록이라 읽을 수 없습니다\. 돋보기를 업데이트해 주세요 \(기록 형식 버전 99, 이 돋보기는 버전 \d+까지 읽습니다\)\./,
      );
      for (const index of [2, 3]) expect(englishSentences(await row(index), []), await row(index)).toEqual([]);
      expect(await report.locator('.totals').first().textContent()).toContain('검사하지 못한 페이지 3개는 숫자에 들어 있지 않습니다.');

      const download = async (button: string) => {
        const [file] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: button }).click()]);
        return readFile((await file.path())!, 'utf8');
      };
      const html = await download('HTML 보고서');
      expect(html).toContain('The tab was closed during the audit.');
      expect(html).toContain('검사하지 못한 페이지 3개는 숫자에 들어 있지 않습니다.');
      expect(html).toContain('이 검사 기록을 찾을 수 없습니다 (기록 번호 step-3).');
      expect(html).not.toMatch(/No audit with id|written with audit schema/);
      const markdown = await download('Markdown (이슈 등록용)');
      const stepRows = markdown.split('\n').filter((line) => /^\| [1234] \|/.test(line));
      expect(stepRows).toHaveLength(4);
      expect(stepRows[1]).toMatch(/검사하지 못함: The tab was closed during the audit\\?\./);
      expect(stepRows[2]).toContain('검사하지 못함: 이 검사 기록을 찾을 수 없습니다');
      expect(stepRows[3]).toContain('검사하지 못함: 더 새로운 돋보기가 만든 기록이라 읽을 수 없습니다');
      for (const line of stepRows.slice(1)) expect(line, line).not.toMatch(/\| 0 \|/);
      await Promise.all([report.close(), console.page.close()]);
    },
  );

  it('shows overlay users’ opt-in friction on the journey step where it happened', { timeout: 180_000 }, async () => {
    const console = await openConsole(session);
    // An overlay user who opted in pressed "막혔어요" at the 등본 guide's name step.
    await console.value('friction:update', { enabled: true });
    await console.value('guide:friction', { runId: 'run-1', guideId: 'resident-copy', stepId: 'name', kind: 'stuck' });
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/after/resident-copy/apply.html'));
    const journey = await console.value('journey:start', { tabId: await console.tabId(page.url()), name: '등본 신청' });
    await expect
      .poll(async () => (await console.value('audits:list', { journeyId: journey.id })).journeys[0]?.pages.length, { timeout: 60_000 })
      .toBe(1);
    await console.value('journey:stop', {});

    const report = await session.context.newPage();
    await report.goto(`chrome-extension://${session.extensionId}/report.html?journey=${encodeURIComponent(journey.id)}`);
    // (attached: the section may be off screen, where content-visibility skips its rendering)
    await report
      .locator('section[aria-labelledby="journey"]')
      .getByText('‘막혔어요’ 누름 1회')
      .waitFor({ state: 'attached', timeout: 30_000 });
    await console.value('friction:update', { enabled: false, clear: true });
    await Promise.all([report.close(), page.close(), console.page.close()]);
  });
});

/** Pages in a PDF that Chromium printed (its page objects are not compressed). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

async function auditPage(session: ExtensionSession, url: string): Promise<PageAudit> {
  const page = await session.context.newPage();
  await page.goto(url);
  const worker = await session.serviceWorker();
  const tabId = await worker.evaluate(async (target) => (await chrome.tabs.query({ url: target }))[0]!.id!, page.url());
  const panel = await session.openExtensionPage('sidepanel.html');
  try {
    const reply = (await panel.evaluate(
      (id) => chrome.runtime.sendMessage({ dotbogi: 1, type: 'audit:run', payload: { tabId: id } }),
      tabId,
    )) as { ok: true; value: PageAudit } | { ok: false; error: { message: string } };
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  } finally {
    await panel.close();
    await page.close();
  }
}

/** The text a person reads on a page: without code, snippets and styles; one line per element. */
function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    // Code, and the website's own words quoted verbatim (bdi.page-text: titles, matched words such
    // as 「window.open」), are not Dotbogi's sentences.
    for (const code of copy.querySelectorAll('code, pre, style, script, .page-text')) code.remove();
    for (const element of copy.querySelectorAll('*')) element.append('\n');
    return copy.textContent ?? '';
  });
}

function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

/** No element a payload could have made, no handler attribute, and the main column fits the window. */
async function expectInert(page: Page, label: string) {
  const state = await page.evaluate(() => {
    // Sections and cards far from the screen are not laid out (content-visibility), and whatever
    // overflows one is clipped rather than widening the page: lay everything out to measure it.
    const measure = document.createElement('style');
    measure.textContent = '.report > section, .report .finding { content-visibility: visible !important; contain: none !important; }';
    document.head.append(measure);
    const all = [...document.querySelectorAll('*')];
    return {
      payloadElements: document.querySelectorAll(
        'main img, main iframe, main object, main embed, main script, main form, main svg:not([role="img"])',
      ).length,
      handlers: all
        .filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name)))
        .map((element) => element.tagName),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      mainOverflow: (() => {
        const main = document.querySelector('main.report')!;
        return main.scrollWidth - main.clientWidth;
      })(),
      clipped: [...document.querySelectorAll('main.report > section, main.report .finding')]
        .filter((element) => element.scrollWidth > element.clientWidth)
        .map((element) => element.getAttribute('aria-labelledby') ?? element.className),
      visibleOverride: document.body.textContent?.includes('⟦U+202E⟧') ?? false,
      rawOverride: document.body.textContent?.includes('\u202E') ?? false,
    };
  });
  expect(state.payloadElements, label).toBe(0);
  expect(state.handlers, label).toEqual([]);
  expect(state.overflow, `${label}: page wider than the window`).toBeLessThanOrEqual(0);
  expect(state.mainOverflow, `${label}: main column overflows`).toBeLessThanOrEqual(0);
  expect(state.clipped, `${label}: content wider than its section or card`).toEqual([]);
  expect(state.rawOverride, `${label}: a raw U+202E reached the report`).toBe(false);
  if (label.startsWith('rtl-override')) expect(state.visibleOverride, label).toBe(true);
}
