import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from './browser';
import { ARTIFACTS } from './paths';

/** The window size launchWithExtension() uses. */
const VIEWPORT = { width: 1280, height: 900 };

export interface CaptureOptions {
  /** Languages to capture in; Korean, English and Arabic (right to left) at least. */
  languages?: string[];
  /** Browser zoom factor (2 = 200 %): the layout reflows as with the browser's own zoom. */
  zoom?: number;
}

export interface LayoutProblem {
  language: string;
  element: string;
  problem: string;
}

/**
 * Takes a screenshot of `page` in each language at the given zoom, into tests/e2e/artifacts/
 * as `<name>-<language>-<zoom>.png`, and returns every place where our UI overflows or clips.
 *
 * The language is switched the way a user does it: a `settings:update` message from an
 * extension page, which every open page and the overlay follow without a reload. Our UI is the
 * extension page itself, or the overlay's shadow root on a web page. The language is restored to
 * "follow the browser" and the zoom to 100 % afterwards.
 */
export async function captureInLanguages(
  session: ExtensionSession,
  page: Page,
  name: string,
  options: CaptureOptions = {},
): Promise<LayoutProblem[]> {
  const { languages = ['ko', 'en', 'ar'], zoom = 2 } = options;
  await mkdir(ARTIFACTS, { recursive: true });
  const problems: LayoutProblem[] = [];
  const zoomed = await emulateZoom(page, zoom);
  try {
    for (const language of languages) {
      await setLanguage(session, language);
      await waitForLanguage(page, language);
      // Let fonts and layout settle after the re-render.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(resolve))));
      await fullPageScreenshot(zoomed, join(ARTIFACTS, `${name}-${language}-${Math.round(zoom * 100)}.png`));
      for (const found of await findLayoutProblems(page)) problems.push({ language, ...found });
    }
  } finally {
    await setLanguage(session, '');
    await zoomed.detach();
  }
  return problems;
}

/** Changes the language setting through the background, as the popup's language menu does. */
export async function setLanguage(session: ExtensionSession, language: string): Promise<void> {
  const sender = await session.openExtensionPage('options.html');
  try {
    const reply = (await sender.evaluate(
      (value) => chrome.runtime.sendMessage({ dotbogi: 1, type: 'settings:update', payload: { language: value } }),
      language,
    )) as { ok: boolean; error?: { message: string } };
    if (!reply.ok) throw new Error(`settings:update failed: ${reply.error?.message}`);
  } finally {
    await sender.close();
  }
}

/**
 * 200 % browser zoom on a 1280 px window is a 640 CSS px layout viewport drawn at two device
 * pixels per CSS pixel. Emulating exactly that (CDP device metrics) reflows the layout like the
 * browser's zoom does, and unlike `tabs.setZoom` it keeps Playwright's screenshots whole. The
 * emulation lasts as long as the returned session: detaching it restores the page.
 */
async function emulateZoom(page: Page, factor: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(VIEWPORT.width / factor),
    height: Math.round(VIEWPORT.height / factor),
    deviceScaleFactor: factor,
    mobile: false,
  });
  const expected = Math.round(VIEWPORT.width / factor);
  await page.waitForFunction((width) => window.innerWidth === width, expected);
  return cdp;
}

/** Through the zooming session itself, so the capture sees exactly the emulated layout. */
async function fullPageScreenshot(cdp: CDPSession, path: string): Promise<void> {
  const { cssContentSize } = await cdp.send('Page.getLayoutMetrics');
  const clip = { x: 0, y: 0, width: Math.ceil(cssContentSize.width), height: Math.ceil(cssContentSize.height), scale: 1 };
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip });
  await writeFile(path, Buffer.from(data, 'base64'));
}

/** Waits until our UI on `page` (the extension page, or the overlay) shows `language`. */
export async function waitForLanguage(page: Page, language: string): Promise<void> {
  await page.waitForFunction((wanted) => {
    const resolved = wanted || document.documentElement.lang;
    if (location.protocol === 'chrome-extension:') return document.documentElement.lang === resolved;
    const root = document.querySelector('dotbogi-overlay')?.shadowRoot?.querySelector('.dotbogi-root');
    return root?.getAttribute('lang') === wanted;
  }, language);
}

/**
 * Our UI's overflow and clipping: text containers whose content is wider than their box (and
 * not scrollable on purpose), elements pushed outside the viewport, and a page that needs
 * horizontal scrolling (WCAG 1.4.10 reflow) — on extension pages only; a web page's own
 * layout is not ours.
 */
export async function findLayoutProblems(page: Page): Promise<{ element: string; problem: string }[]> {
  return page.evaluate(() => {
    const found: { element: string; problem: string }[] = [];
    const extensionPage = location.protocol === 'chrome-extension:';
    const overlay = document.querySelector('dotbogi-overlay')?.shadowRoot;
    const root: ParentNode | null | undefined = extensionPage ? document.body : overlay;
    if (!root) return [{ element: 'dotbogi-overlay', problem: 'our UI is not on the page' }];
    const describe = (element: Element) => {
      const classes = [...element.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      const text = (element.textContent ?? '').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} "${text}"`;
    };
    if (extensionPage && document.documentElement.scrollWidth > window.innerWidth + 1) {
      found.push({
        element: 'html',
        problem: `scrolls sideways: ${document.documentElement.scrollWidth}px content in a ${window.innerWidth}px viewport`,
      });
    }
    // Our UI includes open shadow roots inside it (the studio's live preview of the overlay).
    const elements: Element[] = [];
    const collect = (node: ParentNode) => {
      for (const element of node.querySelectorAll('*')) {
        elements.push(element);
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(root);
    for (const element of elements) {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
      if (element.closest('.visually-hidden, svg, [hidden]') || element.matches('input, select, textarea, option, meter, style')) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      const scrollable = /auto|scroll/.test(style.overflowX);
      if (ownText && style.display !== 'inline' && !scrollable && element.scrollWidth > element.clientWidth + 1) {
        found.push({
          element: describe(element),
          problem: `text overflows its box (${element.scrollWidth}px in ${element.clientWidth}px)`,
        });
      }
      const fixed = style.position === 'fixed';
      if ((fixed || !extensionPage) && (box.left < -1 || box.right > window.innerWidth + 1)) {
        found.push({
          element: describe(element),
          problem: `outside the viewport (${Math.round(box.left)}–${Math.round(box.right)} of ${window.innerWidth}px)`,
        });
      }
    }
    return found;
  });
}
