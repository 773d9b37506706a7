import type { Check, CheckOutcome } from '../check-types';
import { textOf } from '../check-types';

const NOTICE = /새\s*창|새\s*탭|팝업|new\s*(?:window|tab)|opens?\s*in\s*a\s*new|popup/i;

/** Links and controls that open a new window without saying so. */
export const check: Check = {
  meta: {
    id: 'new-window-notice',
    source: 'KWCAG 2.2 3.2.1 (NIA: target=_blank alone is not a notice); WCAG 3.2.5',
    threshold: 'any target=_blank link or window.open handler without "새 창"/"new window" in its text, title, aria-label or image alt',
    kwcag: ['3.2.1'],
    wcag: ['3.2.5'],
    personas: ['older', 'screen-reader', 'low-literacy', 'migrant'],
    severity: 'moderate',
    confidence: 'certain',
    evidence: ['target', 'script', 'count'],
  },
  run(document, _window, { scan }) {
    const openers: Element[] = [];
    for (const link of scan.links) {
      const target = link.getAttribute('target');
      if (target && !['_self', '_parent', '_top'].includes(target.toLowerCase())) openers.push(link);
    }
    for (const element of document.querySelectorAll('[onclick*="window.open"], [onclick*="open("]')) openers.push(element);
    if (openers.length === 0) return { outcome: 'inapplicable', nodes: [], summary: 'no links open new windows' };
    const silent = openers.filter((element) => !NOTICE.test(noticeText(element)));
    const summary = `${silent.length} of ${openers.length} new-window links/controls without notice`;
    return {
      outcome: silent.length > 0 ? 'failed' : 'passed',
      nodes: silent.slice(0, 50).map((element): CheckOutcome['nodes'][number] => {
        const target = element.getAttribute('target');
        // target="_blank" opens a window for certain; an onclick that mentions open( only likely does.
        return target && element.localName === 'a'
          ? {
              element,
              message: `target="${target}" without a notice in its text, title, aria-label or image alt`,
              evidence: { key: 'target', values: { target }, matched: [`target="${target}"`] },
            }
          : {
              element,
              message: 'onclick opens a window without a notice',
              evidence: { key: 'script', values: {}, matched: ['window.open'] },
              confidence: 'likely' as const,
            };
      }),
      summary,
      evidence: [{ key: 'count', values: { silent: silent.length, total: openers.length } }],
    };
  },
};

function noticeText(element: Element): string {
  const described = (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? (element.ownerDocument.getElementById(id)?.textContent ?? '') : ''))
    .join(' ');
  return `${textOf(element)} ${described}`;
}
