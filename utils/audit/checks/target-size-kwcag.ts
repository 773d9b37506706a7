import type { Check } from '../check-types';
import type { Evidence } from '../types';

/**
 * KWCAG 2.2 2.1.3 asks for a target of at least 6.0 mm diagonal and gives what that is in CSS px
 * per platform: a 17×17 px square on a computer, 24×24 px on a phone (a phone's CSS px is
 * physically smaller). So the check measures each target's diagonal and converts it to mm at the
 * platform's scale: 6 mm is the diagonal of that square. WCAG 2.2's 2.5.8 (24×24 px) is a
 * different rule, axe's `target-size`.
 */
const KWCAG_MM = 6;
const SQUARE_PX = { desktop: 17, mobile: 24 } as const;
const MIN_GAP_PX = 1;

/** KWCAG 2.1.3: every target at least 6 mm diagonal (a 17×17 px square on desktop, 24×24 px on mobile), 1 px apart. */
export const check: Check = {
  meta: {
    id: 'target-size-kwcag',
    source:
      "KWCAG 2.2 2.1.3 (6.0 mm diagonal: a 17×17 px square on desktop, 24×24 px on mobile; 1 px gap); WCAG 2.5.8 is axe's target-size (24×24 px)",
    threshold: `diagonal under ${KWCAG_MM} mm (that of a ${SQUARE_PX.desktop}×${SQUARE_PX.desktop} px square on desktop, ${SQUARE_PX.mobile}×${SQUARE_PX.mobile} px on mobile), or under ${MIN_GAP_PX} px from the next target`,
    kwcag: ['2.1.3'],
    wcag: ['2.5.8'],
    personas: ['older', 'motor', 'low-vision'],
    severity: 'serious',
    confidence: 'certain',
    evidence: ['small', 'gap', 'count'],
  },
  run(_document, _window, { scan, viewport }) {
    const square = SQUARE_PX[viewport.kind];
    const minDiagonal = Math.hypot(square, square);
    const mmPerPx = KWCAG_MM / minDiagonal;
    const targets: { element: Element; rect: DOMRect }[] = [];
    for (const element of scan.interactive) {
      if (isLabelledToggle(element) || isInlineTextLink(element) || !scan.visible(element)) continue;
      targets.push({ element, rect: scan.rect(element) });
    }
    if (targets.length === 0) return { outcome: 'inapplicable', nodes: [], summary: 'no visible targets' };
    const nodes: { element: Element; message: string; evidence: Evidence; confidence?: 'likely' }[] = [];
    const flagged = new Set<Element>();
    for (const { element, rect } of targets) {
      const diagonal = Math.hypot(rect.width, rect.height);
      if (diagonal >= minDiagonal) continue;
      const mm = floor1(diagonal * mmPerPx);
      const width = Math.round(rect.width);
      const height = Math.round(rect.height);
      nodes.push({
        element,
        message: `${width}×${height} px, diagonal ${mm} mm < ${KWCAG_MM} mm`,
        evidence: {
          key: 'small',
          values: { width, height, mm, threshold: KWCAG_MM, square },
          measured: { quantity: 'target-diagonal', value: mm, unit: 'mm', comparison: '<', threshold: KWCAG_MM },
        },
      });
      flagged.add(element);
    }
    // Gaps: neighbours on the same row, in reading order (linear after one sort).
    const ordered = [...targets].sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
    for (let i = 0; i + 1 < ordered.length; i++) {
      const a = ordered[i]!;
      const b = ordered[i + 1]!;
      const sameRow = Math.abs(a.rect.top - b.rect.top) < Math.min(a.rect.height, b.rect.height) / 2;
      const nested = a.element.contains(b.element) || b.element.contains(a.element);
      const gap = b.rect.left - a.rect.right;
      if (sameRow && !nested && gap < MIN_GAP_PX && b.rect.left >= a.rect.left && !flagged.has(b.element)) {
        const shown = Math.max(0, Math.round(gap * 10) / 10);
        nodes.push({
          element: b.element,
          message: `${shown} px from the previous target < ${MIN_GAP_PX} px`,
          evidence: {
            key: 'gap',
            values: { gap: shown, threshold: MIN_GAP_PX },
            measured: { quantity: 'target-gap', value: shown, unit: 'px', comparison: '<', threshold: MIN_GAP_PX },
          },
          // Whether two boxes side by side read as two targets is for a person's eye to confirm.
          confidence: 'likely',
        });
        flagged.add(b.element);
      }
    }
    const summary = `${nodes.length} of ${targets.length} targets under ${KWCAG_MM} mm diagonal or without a ${MIN_GAP_PX} px gap`;
    const evidence: Evidence[] = [{ key: 'count', values: { failed: nodes.length, total: targets.length, threshold: KWCAG_MM, square } }];
    return { outcome: nodes.length > 0 ? 'failed' : 'passed', nodes: nodes.slice(0, 50), summary, evidence };
  },
};

/** Rounded down: a target measured at 5.96 mm is not "6.0 mm" in the evidence of its failure. */
function floor1(value: number): number {
  return Math.floor(value * 10) / 10;
}

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
