/**
 * Unit-test kit for checks: happy-dom has no layout, so boxes come from `data-rect="x y w h"`
 * (default: a 100×20 box, stacked) and everything with a box counts as visible.
 */
import type { Check, CheckOutcome } from '../../utils/audit/check-types';
import { scanPage, type PageScan } from '../../utils/audit/page-scan';
import type { Viewport } from '../../utils/audit/types';

export const DESKTOP: Viewport = { width: 1280, height: 900, devicePixelRatio: 1, kind: 'desktop' };
export const MOBILE: Viewport = { width: 390, height: 800, devicePixelRatio: 3, kind: 'mobile' };

export function fixtureScan(document: Document, window: Window): PageScan {
  const scan = scanPage(document, window);
  let next = 0;
  const rects = new Map<Element, DOMRect>();
  const rect = (element: Element) => {
    let box = rects.get(element);
    if (!box) {
      const given = element.getAttribute('data-rect')?.split(/\s+/).map(Number);
      box = given ? new DOMRect(given[0], given[1], given[2], given[3]) : new DOMRect(0, (next += 30), 100, 20);
      rects.set(element, box);
    }
    return box;
  };
  const visible = (element: Element) => !element.closest('[hidden]') && rect(element).width > 0;
  return { ...scan, rect, visible };
}

/** Replaces the test document's head or body with parsed fixture markup (no innerHTML: lint forbids it). */
export function setFixture(part: 'head' | 'body', html: string) {
  const markup = `<!doctype html><html><head>${part === 'head' ? html : ''}</head><body>${part === 'body' ? html : ''}</body></html>`;
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  document[part].replaceChildren(...[...parsed[part].childNodes].map((node) => document.adoptNode(node)));
}

export async function runCheckOn(
  check: Check,
  html: string,
  viewport: Viewport = DESKTOP,
  sleep?: (ms: number) => Promise<void>,
): Promise<CheckOutcome> {
  setFixture('head', '');
  setFixture('body', html);
  const scan = fixtureScan(document, window);
  return check.run(document, window, { scan, viewport, sleep: sleep ?? (async () => undefined) });
}
