import type { Check } from '../check-types';

const MIN_PX = 16;
const MAX_SHARE = 0.25;

/** Share of visible text set under 16 px. */
export const check: Check = {
  meta: {
    id: 'small-text',
    source: 'Dotbogi research (older users); BRIEF "text under 16px share"',
    threshold: `more than ${MAX_SHARE * 100}% of visible characters under ${MIN_PX} px`,
    kwcag: [],
    wcag: [],
    personas: ['older', 'low-vision'],
    severity: 'moderate',
    confidence: 'certain',
    evidence: ['share', 'size'],
  },
  run(_document, _window, { scan }) {
    let total = 0;
    let small = 0;
    const smallRuns: { element: Element; chars: number; size: number }[] = [];
    for (const run of scan.text) {
      if (!scan.visible(run.element)) continue;
      const size = parseFloat(scan.style(run.element).fontSize) || MIN_PX;
      total += run.chars;
      if (size < MIN_PX) {
        small += run.chars;
        smallRuns.push({ ...run, size });
      }
    }
    if (total === 0) return { outcome: 'inapplicable', nodes: [], summary: 'no visible text' };
    const share = small / total;
    const percent = Math.round(share * 1000) / 10;
    const limit = MAX_SHARE * 100;
    const summary = `${percent}% of ${total} visible characters under ${MIN_PX} px (limit ${limit}%)`;
    const evidence = [
      {
        key: 'share',
        values: { share: percent, small, total, size: MIN_PX, threshold: limit },
        measured: { quantity: 'small-text-share', value: percent, unit: '%', comparison: '>' as const, threshold: limit },
      },
    ];
    if (share <= MAX_SHARE) return { outcome: 'passed', nodes: [], summary, evidence };
    const largest = smallRuns.sort((a, b) => b.chars - a.chars).slice(0, 20);
    return {
      outcome: 'failed',
      nodes: largest.map((run) => {
        const size = Math.round(run.size * 10) / 10;
        return {
          element: run.element,
          message: `${size} px text`,
          evidence: {
            key: 'size',
            values: { size, chars: run.chars, threshold: MIN_PX },
            measured: { quantity: 'font-size', value: size, unit: 'px', comparison: '<' as const, threshold: MIN_PX },
          },
        };
      }),
      summary,
      evidence,
    };
  },
};
