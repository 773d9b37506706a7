import type { Check } from '../check-types';
import { textOf } from '../check-types';
import type { Evidence } from '../types';
// The words and clocks of a time limit: shared with the overlay, which keeps a live timer in view.
import { beside, clockText, CLOCK, EXTEND_HINT, EXTEND_WORDS, ownText, seconds, TIME_WORDS } from '../session-timer';

/** Long enough to see a once-a-second countdown tick; the check stops earlier once every clock has changed. */
const SAMPLE_MS = 1100;
/** Session time limits (countdowns, "남은 시간", meta refresh) and whether they can be extended. */
export const check: Check = {
  meta: {
    id: 'session-time-limit',
    source: 'KWCAG 2.2 2.2.1; WCAG 2.2.1',
    threshold: 'any countdown, "남은 시간" text or meta refresh; failed when no labelled extend control exists',
    kwcag: ['2.2.1'],
    wcag: ['2.2.1'],
    personas: ['older', 'migrant', 'low-literacy', 'screen-reader', 'motor'],
    severity: 'serious',
    // A time limit found; that no extend control exists is judged from words and names.
    confidence: 'likely',
    evidence: ['metaRefresh', 'countdown', 'timeWords', 'extendUnnamed', 'extendFound', 'noExtend'],
  },
  async run(document, window, { scan, sleep }) {
    const nodes: { element: Element; message: string; evidence: Evidence }[] = [];
    const refresh = metaRefreshDelay(document);
    if (refresh !== null) {
      const meta = document.querySelector('meta[http-equiv="refresh" i]')!;
      nodes.push({
        element: meta,
        message: `meta refresh after ${refresh} s`,
        evidence: { key: 'metaRefresh', values: { seconds: refresh } },
      });
    }
    const candidates = scan.text.filter((run) => CLOCK.test(clockText(run.element)) || TIME_WORDS.test(ownText(run.element)));
    const labelled = candidates.filter((run) => TIME_WORDS.test(ownText(run.element)) && scan.visible(run.element));
    // A clock beside "남은 시간" is a time limit whether or not it ticks: only lone clocks are
    // sampled, so most pages with a countdown do not wait for it to tick.
    const clocks = candidates
      .filter(
        (run) =>
          CLOCK.test(clockText(run.element)) && scan.visible(run.element) && !labelled.some((label) => beside(label.element, run.element)),
      )
      .slice(0, 20)
      .map((run) => run.element);
    const shown = new Map(clocks.map((element) => [element, clockShown(element)]));
    const counting = clocks.length > 0 ? await runningCountdowns(clocks, window, sleep) : [];
    for (const element of counting) {
      const values = { before: shown.get(element) ?? '', after: clockShown(element) };
      nodes.push({ element, message: `countdown running (${values.before} → ${values.after})`, evidence: { key: 'countdown', values } });
    }
    for (const run of labelled)
      if (!counting.some((element) => run.element.contains(element) || element.contains(run.element))) {
        const words = TIME_WORDS.exec(ownText(run.element))?.[0] ?? '';
        nodes.push({
          element: run.element,
          message: 'time limit text',
          evidence: { key: 'timeWords', values: { words }, matched: [words] },
        });
      }
    if (nodes.length === 0) return { outcome: 'inapplicable', nodes: [], summary: 'no time limit found' };

    const controls = scan.interactive.filter((element) => EXTEND_WORDS.test(textOf(element)));
    const unnamed = scan.interactive.filter(
      (element) => !controls.includes(element) && EXTEND_HINT.test(`${element.id} ${element.getAttribute('class') ?? ''}`),
    );
    for (const element of unnamed) {
      const hint = EXTEND_HINT.exec(`${element.id} ${element.getAttribute('class') ?? ''}`)?.[0] ?? '';
      nodes.push({
        element,
        message: 'extend control has no text or accessible name',
        evidence: { key: 'extendUnnamed', values: { hint }, matched: [hint] },
      });
    }
    const found = `${counting.length} running countdown(s), ${labelled.length} time-limit text(s)${refresh !== null ? `, meta refresh ${refresh} s` : ''}`;
    // A meta refresh reloads whatever the person does: certain. Otherwise the absence of an extend
    // control is judged from words and names, so only likely.
    const confidence = refresh !== null ? ('certain' as const) : ('likely' as const);
    if (controls.length > 0 && refresh === null) {
      // An extend control exists; whether it warns 20 s ahead and allows 10 extensions needs a person.
      const words = [...new Set(controls.slice(0, 3).map((element) => EXTEND_WORDS.exec(textOf(element))?.[0] ?? ''))];
      const evidence = [{ key: 'extendFound', values: { words: words.join(', ') }, matched: words }];
      return { outcome: 'needs-review', nodes, summary: `${found}; extend control present`, evidence };
    }
    const evidence = [{ key: 'noExtend', values: { countdowns: counting.length, texts: labelled.length } }];
    return { outcome: 'failed', nodes, summary: `${found}; no labelled extend control`, evidence, confidence };
  },
};

/**
 * The clocks that went down between two samples. The second sample is taken as soon as every clock
 * has changed (a countdown ticks within a second), or after SAMPLE_MS for clocks that stay still,
 * so a page whose countdown ticks early does not wait the whole second; axe runs meanwhile.
 */
async function runningCountdowns(clocks: Element[], window: Window, sleep: (ms: number) => Promise<void>): Promise<Element[]> {
  const before = clocks.map((element) => seconds(clockText(element)));
  const allChanged = () => clocks.every((element, i) => before[i] === null || seconds(clockText(element)) !== before[i]);
  const Observer = (window as Window & typeof globalThis).MutationObserver;
  let observer: MutationObserver | undefined;
  const changed = new Promise<void>((resolve) => {
    if (typeof Observer !== 'function') return;
    const watching = new Observer(() => {
      if (allChanged()) resolve();
    });
    for (const element of clocks) watching.observe(element, { characterData: true, childList: true, subtree: true });
    observer = watching;
  });
  try {
    if (!allChanged()) await Promise.race([sleep(SAMPLE_MS), changed]);
  } finally {
    observer?.disconnect();
  }
  return clocks.filter((element, i) => {
    const now = seconds(clockText(element));
    return before[i] !== null && now !== null && now < before[i]!;
  });
}

/** The clock as the page shows it ("09:58"), for evidence. */
function clockShown(element: Element): string {
  return CLOCK.exec(clockText(element))?.[0].trim() ?? '';
}

function metaRefreshDelay(document: Document): number | null {
  const meta = document.querySelector('meta[http-equiv="refresh" i]');
  const content = meta?.getAttribute('content');
  if (!content) return null;
  const delay = parseFloat(content);
  return Number.isFinite(delay) && delay > 0 ? delay : null;
}
