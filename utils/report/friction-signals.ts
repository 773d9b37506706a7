import { frictionSummary, type FrictionRun } from '../guides/friction.ts';
import { globMatches } from '../guides/page-condition.ts';
import type { Guide } from '../guides/schema.ts';
import type { FrictionSignal, FrictionSignalKind } from './types.ts';

/**
 * Turns the overlay's opt-in friction runs (ids, counts and durations only) into report signals:
 * for each guide step, the runs in which people were stuck, the step's element was not found, or
 * the task was abandoned there. Steps whose page has no path glob are left out: a host alone
 * would pin the signal on every page of the site.
 */
export function frictionSignals(runs: readonly FrictionRun[], guides: readonly Guide[]): FrictionSignal[] {
  const order = Object.fromEntries(guides.map((guide) => [guide.id, guide.steps.map((step) => step.id)]));
  const signals: FrictionSignal[] = [];
  for (const summary of frictionSummary(runs, order).guides) {
    const guide = guides.find((candidate) => candidate.id === summary.guideId);
    for (const step of summary.steps) {
      const page = guide?.steps.find((candidate) => candidate.id === step.stepId)?.page;
      if (!page?.path) continue;
      const counts: [FrictionSignalKind, number][] = [
        ['stuck', step.stuckRuns],
        ['notFound', step.notFoundRuns],
        ['abandoned', step.abandoned],
      ];
      for (const [kind, count] of counts) {
        if (count > 0)
          signals.push({ where: { host: page.host, path: page.path }, guideId: summary.guideId, stepId: step.stepId, kind, count });
      }
    }
  }
  return signals;
}

/** Whether a signal's guide step happens on the page at `url`. */
export function signalIsOn(signal: FrictionSignal, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const { host, path } = signal.where;
  return (!host || globMatches(host, parsed.hostname, { caseless: true })) && (!path || globMatches(path, parsed.pathname));
}
