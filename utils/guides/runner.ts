/**
 * The guide runner's logic, without UI: which step applies on this page, what comes next,
 * what Back means, and how progress is saved. The overlay (components/guides/GuideRunner.tsx)
 * draws it; the background stores it (`local:guideProgress`, written via `guide:progress`).
 */
import type { Guide, GuideStep } from './schema.ts';
import { pageMatches } from './page-condition.ts';

/** Saved progress: survives page loads, route changes and browser restarts. */
export interface GuideProgress {
  guideId: string;
  /** The guide's version when started: a changed guide restarts instead of resuming mid-way. */
  guideVersion: number;
  stepId: string;
  /** Steps visited before this one, most recent last (for Back). */
  history: string[];
  /** Random id of this run, for friction signals (never linked to a person). */
  runId: string;
  startedAt: number;
  stepStartedAt: number;
  /**
   * The page (origin and path, never the query) where the current step was first shown: a later
   * page without it is a wrong turn the card can name.
   */
  stepPage?: string;
}

export type PageTest = (step: Pick<GuideStep, 'page'>['page']) => boolean;

/** A page test for a real page: URL and document. */
export function pageTest(url: URL, doc: Document): PageTest {
  return (condition) => pageMatches(condition, url, doc);
}

export function stepIndex(guide: Guide, stepId: string): number {
  return guide.steps.findIndex((step) => step.id === stepId);
}

/**
 * The step to show on this page, starting from `index`:
 * 1. the current step's branches, in order (a branch may lead to another branch, up to 5 jumps);
 * 2. the current step if its page condition holds;
 * 3. else the first later step whose page condition holds (the user went ahead, or a step's
 *    element is not on this copy of the site, like the extra identity check on some versions);
 * 4. else the nearest earlier one bound to this page (the user went back, or a form came back
 *    with errors);
 * 5. else the current step, shown without pointing at anything.
 */
export function resolveStep(guide: Guide, index: number, onPage: PageTest): number {
  let current = Math.max(0, Math.min(index, guide.steps.length - 1));
  for (let jumps = 0; jumps < 5; jumps += 1) {
    const branch = guide.steps[current]!.branches?.find((candidate) => onPage(candidate.if));
    const target = branch ? stepIndex(guide, branch.goTo) : -1;
    if (target < 0 || target === current) break;
    current = target;
  }
  if (onPage(guide.steps[current]!.page)) return current;
  for (let later = current + 1; later < guide.steps.length; later += 1) if (onPage(guide.steps[later]!.page)) return later;
  // Going back needs a step bound to this page: a step for "any page" (the menu link that opens
  // the service) would otherwise catch every unknown page and restart the guide.
  for (let earlier = current - 1; earlier >= 0; earlier -= 1) {
    const page = guide.steps[earlier]!.page;
    if (Object.keys(page).length > 0 && onPage(page)) return earlier;
  }
  return current;
}

export function startProgress(guide: Guide, now: number, runId: string): GuideProgress {
  return {
    guideId: guide.id,
    guideVersion: guide.version,
    stepId: guide.steps[0]!.id,
    history: [],
    runId,
    startedAt: now,
    stepStartedAt: now,
  };
}

/** Moves to step `index` (forward or a jump); returns null past the last step (finished). */
export function goToStep(progress: GuideProgress, guide: Guide, index: number, now: number): GuideProgress | null {
  const step = guide.steps[index];
  if (!step) return null;
  if (step.id === progress.stepId) return progress;
  const { stepPage: _left, ...rest } = progress;
  return { ...rest, stepId: step.id, history: [...progress.history, progress.stepId].slice(-30), stepStartedAt: now };
}

/** Back: the previously visited step (not simply index − 1: skipped steps stay skipped). */
export function goBack(progress: GuideProgress, guide: Guide, now: number): GuideProgress {
  const history = [...progress.history];
  let previous = history.pop();
  while (previous !== undefined && stepIndex(guide, previous) < 0) previous = history.pop();
  if (previous === undefined) {
    const index = stepIndex(guide, progress.stepId);
    if (index <= 0) return progress;
    previous = guide.steps[index - 1]!.id;
  }
  const { stepPage: _left, ...rest } = progress;
  return { ...rest, stepId: previous, history, stepStartedAt: now };
}

/**
 * Whether Back makes sense on this page: the previous step is one the person can do here. On
 * the form itself, "press the menu that opens this form" is not a step back but a step done.
 */
export function canGoBackHere(progress: GuideProgress, guide: Guide, onPage: PageTest): boolean {
  const back = goBack(progress, guide, 0);
  if (back.stepId === progress.stepId) return false;
  const index = stepIndex(guide, back.stepId);
  return resolveStep(guide, index, onPage) === index;
}

/** Saved progress that still fits the guide (same version, known step). */
export function isResumable(progress: GuideProgress | null, guide: Guide | undefined): progress is GuideProgress {
  return !!progress && !!guide && progress.guideVersion === guide.version && stepIndex(guide, progress.stepId) >= 0;
}

/** How a step is done by the user's own action, for the passive listeners. */
export function completesStep(step: GuideStep, event: 'click' | 'change'): boolean {
  if (step.advance === 'manual') return false;
  if (step.action === 'click') return event === 'click';
  if (step.action === 'type' || step.action === 'choose') return event === 'change';
  return false;
}
