import type { Check } from '../check-types';

const DESKTOP_PX = 17;
const MOBILE_PX = 24;
const MIN_GAP_PX = 1;

/** KWCAG 2.1.3: every target at least 17×17 px (desktop) / 24×24 px (mobile), 1 px apart. */
export const check: Check = {
  meta: {
    id: 'target-size-kwcag',
    title: { ko: '누르기 어려운 작은 버튼·링크', en: 'Targets too small or too close to press' },
    rationale: {
      ko: '손떨림이 있거나 화면을 처음 쓰는 어르신은 작은 아이콘이나 붙어 있는 링크를 정확히 누르기 어렵습니다.',
      en: 'People with tremor and first-time users miss small icons and links packed together.',
    },
    source: 'KWCAG 2.2 2.1.3 (6.0 mm diagonal: 17 px desktop, 24 px mobile, 1 px gap); WCAG 2.5.8',
    threshold: `width or height under ${DESKTOP_PX} px (desktop) / ${MOBILE_PX} px (mobile), or under ${MIN_GAP_PX} px from the next target`,
    kwcag: ['2.1.3'],
    wcag: ['2.5.8'],
    personas: ['older', 'motor', 'low-vision'],
    severity: 'serious',
  },
  run(_document, _window, { scan, viewport }) {
    const min = viewport.kind === 'mobile' ? MOBILE_PX : DESKTOP_PX;
    const targets: { element: Element; rect: DOMRect }[] = [];
    for (const element of scan.interactive) {
      if (isLabelledToggle(element) || isInlineTextLink(element) || !scan.visible(element)) continue;
      targets.push({ element, rect: scan.rect(element) });
    }
    if (targets.length === 0) return { outcome: 'inapplicable', nodes: [], summary: 'no visible targets' };
    const nodes: { element: Element; message: string }[] = [];
    const flagged = new Set<Element>();
    for (const { element, rect } of targets) {
      if (rect.width < min || rect.height < min) {
        nodes.push({ element, message: `${Math.round(rect.width)}×${Math.round(rect.height)} px (minimum ${min}×${min})` });
        flagged.add(element);
      }
    }
    // Gaps: neighbours on the same row, in reading order (linear after one sort).
    const ordered = [...targets].sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
    for (let i = 0; i + 1 < ordered.length; i++) {
      const a = ordered[i]!;
      const b = ordered[i + 1]!;
      const sameRow = Math.abs(a.rect.top - b.rect.top) < Math.min(a.rect.height, b.rect.height) / 2;
      const nested = a.element.contains(b.element) || b.element.contains(a.element);
      if (sameRow && !nested && b.rect.left - a.rect.right < MIN_GAP_PX && b.rect.left >= a.rect.left && !flagged.has(b.element)) {
        nodes.push({ element: b.element, message: `less than ${MIN_GAP_PX} px from the previous target` });
        flagged.add(b.element);
      }
    }
    const summary = `${nodes.length} of ${targets.length} targets under ${min} px or without a gap`;
    return { outcome: nodes.length > 0 ? 'failed' : 'passed', nodes: nodes.slice(0, 50), summary };
  },
};

/** A checkbox or radio with a <label>: the label is part of the target. */
function isLabelledToggle(element: Element): boolean {
  const input = element as HTMLInputElement;
  return element.localName === 'input' && (input.type === 'checkbox' || input.type === 'radio') && (input.labels?.length ?? 0) > 0;
}

/** A link inside running text (sentence), which KWCAG and WCAG 2.5.8 do not size. */
function isInlineTextLink(element: Element): boolean {
  if (element.localName !== 'a') return false;
  const parent = element.parentElement;
  if (!parent || !['p', 'li', 'dd', 'td', 'span'].includes(parent.localName)) return false;
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim().length > 1) return true;
  }
  return false;
}
