import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { openConsole } from './support/extension-console';

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
    const audit = await console.value('audit:run', { tabId: await console.tabId(site.url()), language: 'ko' });
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
});

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
