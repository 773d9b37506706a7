import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionPageAxeProblems } from './support/axe';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { openConsole, type ExtensionConsole } from './support/extension-console';
/** What the test measured, for the report (not asserted: speed is the benches' job). */
const console_log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The service designer's path in the built extension (issue #23): the side panel as a workspace,
 * journeys to reports and comparisons without typing a URL, highlights that stay, safe delete,
 * export names — and extension pages a person can read.
 */
describe('the designer’s path in the built extension', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('shows body text of at least 16 px on every extension page, titles larger than their meta lines', { timeout: 180_000 }, async () => {
    const console = await openConsole(session);
    const site = await session.context.newPage();
    await site.goto(session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
    const audit = await console.value('audit:run', { tabId: await console.tabId(site.url()) });
    const pages = [
      'popup.html',
      'options.html',
      `sidepanel.html?tabId=${await console.tabId(site.url())}`,
      `report.html?audit=${encodeURIComponent(audit.id)}`,
      'studio.html',
      'welcome.html',
      'guide-recorder.html',
    ];
    for (const path of pages) {
      const page = await session.openExtensionPage(path);
      await page.locator('h1').first().waitFor({ timeout: 30_000 });
      // The report builds in slices: wait for its rule cards.
      if (path.startsWith('report')) await page.locator('article.finding').first().waitFor({ timeout: 30_000 });
      const sizes = await measureText(page);
      expect(sizes.body, `${path}: body`).toBeGreaterThanOrEqual(16);
      expect(sizes.small, `${path}: text under 16 px`).toEqual([]);
      expect(sizes.titlesNotLarger, `${path}: titles not larger than the lines under them`).toEqual([]);
      await page.close();
    }
    await Promise.all([site.close(), console.page.close()]);
  });

  it(
    'highlights from the report on the first press, in the tab showing a page reached through a form, until dismissed or scrolled away',
    { timeout: 240_000 },
    async () => {
      const console = await openConsole(session);
      const site = await session.context.newPage();
      await site.goto(session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
      const journey = await console.value('journey:start', { tabId: await console.tabId(site.url()), name: '보기 시험' });
      await fillApplication(site);
      await waitForSteps(console, journey.id, 2);
      await console.value('journey:stop', {});
      // The step's stored address has its query masked: 'confirm.html?name=＊&…'.
      const steps = (await console.value('audits:list', { journeyId: journey.id })).pages;
      expect(steps.find((step) => step.url.includes('confirm.html'))!.url).toContain('＊');
      // The designer goes on in another tab; the form's page stays open in the first one.
      const elsewhere = await session.context.newPage();
      await elsewhere.goto(session.web.url('demo.gov.kr', '/before/index.html'));

      const report = await session.context.newPage();
      await report.goto(`chrome-extension://${session.extensionId}/report.html?journey=${encodeURIComponent(journey.id)}`);
      const card = report.locator('article.finding').filter({ hasText: 'confirm' }).first();
      await card.waitFor({ timeout: 30_000 });
      const place = card.locator('.occurrence').filter({ hasText: 'confirm.html' }).first();
      await place.getByRole('button', { name: '열린 탭에서 이 요소 보기' }).click();
      await place.getByText('열린 탭에 표시했습니다.').waitFor({ timeout: 30_000 });
      // Still there a second later (the overlay starting up used to wipe it), around its element.
      await site.waitForTimeout(1500);
      expect(await pointerShown(site)).toBe(true);
      // A press on the page dismisses it.
      await site.mouse.click(5, 5);
      await expect.poll(() => pointerShown(site)).toBe(false);

      // Shown again, then scrolled out of sight: it goes.
      await place.getByRole('button', { name: '열린 탭에서 이 요소 보기' }).click();
      await expect.poll(() => pointerShown(site), { timeout: 15_000 }).toBe(true);
      await site.waitForTimeout(800);
      await site.evaluate(() => {
        // Room to scroll past it, as on a long page.
        document.body.style.setProperty('padding-bottom', '5000px');
        window.scrollTo(0, document.documentElement.scrollHeight);
      });
      await expect.poll(() => pointerShown(site)).toBe(false);

      // No tab shows the page any more: the report says so, and opens it with one press.
      await site.close();
      await place.getByRole('button', { name: '열린 탭에서 이 요소 보기' }).click();
      await place.getByText('이 페이지가 열린 탭이 없습니다.').waitFor();
      const [opened] = await Promise.all([
        session.context.waitForEvent('page'),
        place.getByRole('button', { name: '이 페이지 열기' }).click(),
      ]);
      await place.getByText('열린 탭에 표시했습니다.').waitFor({ timeout: 30_000 });
      // Opened without the masked values (the mask is never sent to the site).
      expect(opened.url()).not.toContain('＊');
      expect(opened.url()).not.toContain('%EF%BC%8A');
      expect(await pointerShown(opened)).toBe(true);
      await Promise.all([opened.close(), report.close(), elsewhere.close(), console.page.close()]);
    },
  );

  it(
    'works from the side panel: one item per rule with ‘보기’, journeys to reports and comparisons, names, safe delete, a file picker',
    { timeout: 300_000 },
    async () => {
      const console = await openConsole(session);
      const site = await session.context.newPage();
      await site.goto(session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
      const tabId = await console.tabId(site.url());
      const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
      await panel.setViewportSize({ width: 400, height: 900 });

      // The audit's result: one collapsed item per rule, each with its places.
      const started = Date.now();
      await panel.getByRole('button', { name: '이 페이지 검사' }).click();
      const items = panel.locator('.rule-item');
      await items.first().waitFor({ timeout: 60_000 });
      console_log(`side panel: audit result shown ${Date.now() - started} ms after the first press`);
      // Again, as a designer does after a change (the audit's scripts are in the page by now).
      const again = Date.now();
      await panel.getByRole('button', { name: '이 페이지 검사' }).click();
      await panel.getByText('검사하는 중입니다…').waitFor({ state: 'detached', timeout: 60_000 });
      await items.first().waitFor();
      console_log(`side panel: audit result shown ${Date.now() - again} ms after a second press`);
      const rules = await panel.evaluate(() =>
        [...document.querySelectorAll('.rule-item')].map((item) => ({
          open: item.querySelector('details')!.open,
          text: item.querySelector('summary')!.textContent ?? '',
        })),
      );
      expect(rules.length).toBeGreaterThan(3);
      expect(rules.every((rule) => !rule.open && /\d+곳/.test(rule.text))).toBe(true);
      const titles = rules.map((rule) => rule.text.replace(/\s*(막힘|어려움|불편|확인 필요) · \d+곳$/, ''));
      expect(new Set(titles).size).toBe(titles.length);
      // Recording a journey and the saved list are reachable without scrolling past the results.
      for (const control of [panel.getByRole('button', { name: '여정 기록 시작' }), panel.getByRole('tab', { name: '저장된 검사' })]) {
        const box = (await control.boundingBox())!;
        expect(box.y + box.height).toBeLessThan(900);
      }

      // ‘보기’ steps through a rule's places on the page.
      const several = items
        .filter({ hasText: /[2-9]곳|\d\d+곳/ })
        .filter({ has: panel.getByRole('button', { name: '보기' }) })
        .first();
      const total = Number((await several.locator('summary').textContent())!.match(/(\d+)곳/)![1]);
      await several.getByRole('button', { name: '보기' }).click();
      await several.getByText(`${total}곳 중 1번째 곳을 페이지에 표시했습니다.`).waitFor({ timeout: 15_000 });
      await expect.poll(() => pointerShown(site)).toBe(true);
      await several.getByRole('button', { name: '보기' }).click();
      await several.getByText(`${total}곳 중 2번째 곳을 페이지에 표시했습니다.`).waitFor({ timeout: 15_000 });
      expect(await pointerShown(site)).toBe(true);
      expect(await extensionPageAxeProblems(panel)).toEqual([]);

      // Two journeys, started without typing a name: each is called by its first page's heading or title.
      const heading = '주민등록표 등본 발급'; // the after/ pages' <h1>
      const after = await recordJourney(panel, site, console, '/after/resident-copy/apply.html', '/after/resident-copy/confirm.html');
      expect(after.name).toBe(heading);
      const before = await recordJourney(panel, site, console, '/before/resident-copy/apply.html', '/before/resident-copy/confirm.html');
      expect(before.name).toBe('정부24');
      // Stopping shows the saved list; steps are named, never by a masked address.
      const saved = panel.getByRole('tabpanel', { name: '저장된 검사' });
      await saved.waitFor();
      const afterItem = saved.locator('.stored-journey').filter({ has: panel.getByRole('heading', { name: heading, exact: true }) });
      await afterItem.getByRole('button', { name: /^1단계 · / }).waitFor();
      expect(await saved.textContent()).not.toContain('＊');
      expect(await saved.textContent()).not.toContain('http');

      // ‘이름 바꾸기’
      await afterItem.getByRole('button', { name: '이름 바꾸기' }).click();
      await afterItem.getByLabel('새 이름').fill('등본 발급 (개선 후)');
      await afterItem.getByRole('button', { name: '저장' }).click();
      const renamed = saved.locator('.stored-journey').filter({ has: panel.getByRole('heading', { name: '등본 발급 (개선 후)' }) });
      await renamed.waitFor();
      expect((await console.value('audits:list', { journeyId: after.id })).journeys[0]!.name).toBe('등본 발급 (개선 후)');

      // ‘여정 보고서 열기’ opens the journey's report (no typed address).
      const [journeyReport] = await Promise.all([
        session.context.waitForEvent('page'),
        renamed.getByRole('button', { name: '여정 보고서 열기' }).click(),
      ]);
      expect(journeyReport.url()).toContain(`journey=${encodeURIComponent(after.id)}`);
      await journeyReport.locator('article.finding').first().waitFor({ timeout: 30_000 });
      await journeyReport.getByText('등본 발급 (개선 후)').first().waitFor();
      await journeyReport.close();

      // ‘다른 여정과 비교…’: pick the earlier journey from the stored ones.
      await renamed.getByRole('button', { name: '다른 여정과 비교…' }).click();
      await renamed.getByLabel('비교할 이전 기록').selectOption(before.id);
      const [comparison] = await Promise.all([
        session.context.waitForEvent('page'),
        renamed.getByRole('button', { name: '비교 보고서 열기' }).click(),
      ]);
      expect(comparison.url()).toContain(`compare=${encodeURIComponent(before.id)}`);
      await comparison.locator('article.finding').first().waitFor({ timeout: 30_000 });
      await comparison.locator('.change').first().waitFor();
      // Its files are named for people: the journey's name, 비교, the day.
      const [csv] = await Promise.all([
        comparison.waitForEvent('download'),
        comparison.getByRole('button', { name: 'CSV (엑셀)' }).click(),
      ]);
      const today = await comparison.evaluate(() => new Date().toLocaleDateString('sv'));
      expect(csv.suggestedFilename()).toBe(`등본-발급-(개선-후)-비교-${today}.csv`);
      await comparison.close();

      // A wrong kind of file is refused with its name and the reason; the button is in Korean.
      const picker = renamed.locator('.file-picker');
      await picker.getByRole('button', { name: '파일에서 고르기…' }).waitFor();
      await picker.locator('input[type=file]').setInputFiles({ name: '메모.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
      await picker.getByText('“메모.txt” 파일은 가져올 수 없습니다. JSON 파일이 아닙니다.').waitFor();
      await picker
        .locator('input[type=file]')
        .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
      await picker.getByText('“other.json” 파일은 가져올 수 없습니다. 돋보기에서 내보낸 검사 파일이 아닙니다.').waitFor();
      // A Dotbogi file is taken, and the comparison opens with it.
      const exported = await console.value('audits:export', { journeyId: before.id });
      const [fromFile] = await Promise.all([
        session.context.waitForEvent('page'),
        picker
          .locator('input[type=file]')
          .setInputFiles({ name: '이전.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) }),
      ]);
      expect(fromFile.url()).toContain(`compare=${encodeURIComponent(before.id)}`);
      await fromFile.close();

      // Compared with an unrelated one-page audit (another page of the site): it says so, and shows both sides.
      await site.goto(session.web.url('demo.gov.kr', '/before/login.html'));
      await panel.getByRole('button', { name: '이 페이지 검사' }).click();
      await panel.getByRole('tabpanel', { name: '이 페이지 결과' }).locator('.rule-item').first().waitFor({ timeout: 60_000 });
      const login = (await console.value('audits:list', {})).pages.find((page) => page.url.includes('login.html'))!;
      await panel.getByRole('tab', { name: '저장된 검사' }).click();
      // The picker is still open from the last comparison: close it and open it again.
      await renamed.getByRole('button', { name: '다른 여정과 비교…' }).click();
      await renamed.getByRole('button', { name: '다른 여정과 비교…' }).click();
      await renamed.getByLabel('비교할 이전 기록').selectOption(login.id);
      const [unrelated] = await Promise.all([
        session.context.waitForEvent('page'),
        renamed.getByRole('button', { name: '비교 보고서 열기' }).click(),
      ]);
      expect(unrelated.url()).toContain('compareKind=page');
      await unrelated.getByText('두 기록에 같은 페이지가 없습니다.', { exact: false }).waitFor({ timeout: 30_000 });
      await unrelated.getByRole('heading', { name: /^해결 \(\d+\)/ }).waitFor();
      await unrelated.locator('article.finding').first().waitFor();
      await unrelated.close();

      // Safe delete: a question naming what goes, then ‘되돌리기’ for 10 s.
      const beforeItem = saved.locator('.stored-journey').filter({ has: panel.getByRole('heading', { name: '정부24', exact: true }) });
      await beforeItem.getByRole('button', { name: '삭제' }).click();
      await beforeItem.getByText('“정부24” 여정과 그 페이지 검사 2개를 지울까요?').waitFor();
      await beforeItem.getByRole('button', { name: '취소' }).click();
      expect((await console.value('audits:list', { journeyId: before.id })).journeys).toHaveLength(1);
      await beforeItem.getByRole('button', { name: '삭제' }).click();
      await beforeItem.getByRole('button', { name: '지우기' }).click();
      await saved.getByText('“정부24” 기록을 지웠습니다. 10초 안에 되돌릴 수 있습니다.').waitFor();
      expect((await console.value('audits:list', { journeyId: before.id })).journeys).toHaveLength(0);
      await saved.getByRole('button', { name: '되돌리기' }).click();
      await saved.getByText('“정부24” 기록을 되돌렸습니다.').waitFor();
      const back = await console.value('audits:list', { journeyId: before.id });
      expect(back.journeys).toHaveLength(1);
      expect(back.pages).toHaveLength(2);
      // Without undo, it is gone, and the undo goes after 10 s.
      await beforeItem.getByRole('button', { name: '삭제' }).click();
      await beforeItem.getByRole('button', { name: '지우기' }).click();
      await saved.getByRole('button', { name: '되돌리기' }).waitFor();
      await saved.getByRole('button', { name: '되돌리기' }).waitFor({ state: 'detached', timeout: 15_000 });
      expect((await console.value('audits:list', { journeyId: before.id })).pages).toHaveLength(0);
      expect(await extensionPageAxeProblems(panel)).toEqual([]);
      await Promise.all([panel.close(), site.close(), console.page.close()]);
    },
  );
});

const NAME = '홍길동';
const BIRTH = '19500101';

/** Fills the 등본 application and submits it (keyboard, as many older users do). */
async function fillApplication(page: Page) {
  await page.fill('#applicant-name', NAME);
  await page.fill('#applicant-birth', BIRTH);
  await page.selectOption('#sido', '서울특별시');
  await page.selectOption('#sigungu', '종로구');
  await page.selectOption('#purpose', '관공서 제출');
  await page.focus('#apply-submit');
  await page.keyboard.press('Enter');
  await page.waitForURL(/confirm\.html/);
}

/** Starts a journey from the panel without a name, visits two pages, stops it; resolves the stored journey. */
async function recordJourney(panel: Page, site: Page, console: ExtensionConsole, first: string, second: string) {
  await site.goto(session_web(site, first));
  await panel.getByLabel('여정 이름').fill('');
  await panel.getByRole('button', { name: '여정 기록 시작' }).click();
  await panel.getByText(/기록 중: 페이지 1개/).waitFor({ timeout: 60_000 });
  await site.goto(session_web(site, second));
  await panel.getByText(/기록 중: 페이지 2개/).waitFor({ timeout: 60_000 });
  const { journey } = await console.value('journey:status', {});
  await panel.getByRole('button', { name: '여정 기록 끝내기' }).click();
  await panel.getByRole('button', { name: '여정 기록 시작' }).waitFor();
  return (await console.value('audits:list', { journeyId: journey!.id })).journeys[0]!;
}

/** The same site's address for another path. */
function session_web(site: Page, path: string): string {
  return new URL(path, site.url()).href;
}

async function waitForSteps(console: ExtensionConsole, journeyId: string, count: number) {
  await expect
    .poll(async () => (await console.value('audits:list', { journeyId })).journeys[0]?.pages.length, { timeout: 60_000 })
    .toBe(count);
}

/** Whether our layer shows its ring on the page (drawn in our shadow root, never in the page). */
function pointerShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const layer = document.querySelector('dotbogi-overlay')?.shadowRoot?.querySelector<HTMLElement>('.dotbogi-layer');
    const ring = layer?.querySelector<SVGElement>('.ring');
    return !!layer && !layer.hidden && !!ring && ring.getBoundingClientRect().width > 0;
  });
}

/**
 * Computed font sizes of what the page shows: the body's, every visible piece of text under 16 px
 * (charts' SVG labels aside: each chart has its table), and every heading that is not larger than
 * the text of its own section that follows it (meta lines, tags, counts).
 */
async function measureText(page: Page) {
  return page.evaluate(() => {
    const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && element.closest('[hidden], svg') === null;
    };
    const ownText = (element: Element) =>
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    const texts = [...document.body.querySelectorAll('*')].filter((element) => ownText(element) && visible(element));
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} ${px(element)}px «${(
        element.textContent ?? ''
      )
        .trim()
        .slice(0, 30)}»`;
    const small = texts.filter((element) => px(element) < 16).map(describe);
    const titlesNotLarger: string[] = [];
    for (const heading of document.body.querySelectorAll('h1, h2, h3')) {
      if (!visible(heading)) continue;
      const container = heading.closest('section, article, main, header, li') ?? document.body;
      const after = texts.filter(
        (element) =>
          !heading.contains(element) &&
          !/^H[1-6]$/.test(element.tagName) &&
          element.closest('h1, h2, h3, h4, h5, h6') === null &&
          container.contains(element) &&
          (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
      const largest = after.reduce((most, element) => Math.max(most, px(element)), 0);
      if (after.length > 0 && px(heading) <= largest) titlesNotLarger.push(`${describe(heading)} ≤ ${largest}px`);
    }
    return { body: px(document.body), small, titlesNotLarger };
  });
}
