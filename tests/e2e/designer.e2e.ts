import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { openConsole, type ExtensionConsole } from './support/extension-console';

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
