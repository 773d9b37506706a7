/**
 * Friction signals from guide runs: where real users get stuck. Opt-in (off by default), kept
 * only on this device, and never containing anything the user typed or any page text: only
 * guide and step ids, counts and durations.
 *
 * `frictionSummary()` is what the service-design report shows ("step 7 of 주민등록표 등본:
 * 4 of 9 runs pressed 막혔어요").
 */

export type FrictionKind = 'stuck' | 'not-found' | 'step-time' | 'abandoned' | 'finished';

/** One signal, as the overlay sends it (`guide:friction`). */
export interface FrictionEvent {
  runId: string;
  guideId: string;
  stepId: string;
  kind: FrictionKind;
  /** Time spent on the step, for 'step-time' (ms, capped at 30 minutes). */
  ms?: number;
}

export interface FrictionStepRecord {
  stuck: number;
  notFound: number;
  /** Total time spent on this step in this run (ms). */
  ms: number;
}

/** One run of one guide (one journey through its steps). */
export interface FrictionRun {
  runId: string;
  guideId: string;
  startedAt: number;
  updatedAt: number;
  outcome: 'in-progress' | 'finished' | 'abandoned';
  /** Step where the run ended, if it was abandoned. */
  abandonedAt?: string;
  steps: Record<string, FrictionStepRecord>;
}

export interface FrictionStore {
  /** The user's opt-in; nothing is recorded while false. */
  enabled: boolean;
  runs: FrictionRun[];
}

export const FRICTION_MAX_RUNS = 200;
const MAX_STEP_MS = 30 * 60 * 1000;

/** Adds one event to the store (pure; the background persists the result). */
export function recordFriction(store: FrictionStore, event: FrictionEvent, now: number): FrictionStore {
  if (!store.enabled) return store;
  const runs = [...store.runs];
  let index = runs.findIndex((run) => run.runId === event.runId);
  if (index < 0) {
    runs.push({ runId: event.runId, guideId: event.guideId, startedAt: now, updatedAt: now, outcome: 'in-progress', steps: {} });
    index = runs.length - 1;
  }
  const run = { ...runs[index]!, steps: { ...runs[index]!.steps }, updatedAt: now };
  const step = { ...(run.steps[event.stepId] ?? { stuck: 0, notFound: 0, ms: 0 }) };
  switch (event.kind) {
    case 'stuck':
      step.stuck += 1;
      break;
    case 'not-found':
      step.notFound += 1;
      break;
    case 'step-time':
      step.ms += Math.max(0, Math.min(event.ms ?? 0, MAX_STEP_MS));
      break;
    case 'abandoned':
      run.outcome = 'abandoned';
      run.abandonedAt = event.stepId;
      break;
    case 'finished':
      run.outcome = 'finished';
      break;
  }
  run.steps[event.stepId] = step;
  runs[index] = run;
  return { ...store, runs: runs.slice(-FRICTION_MAX_RUNS) };
}

/** Per guide and step, over all stored runs. */
export interface FrictionStepSummary {
  guideId: string;
  stepId: string;
  /** Runs that reached this step. */
  runs: number;
  /** Runs in which the user pressed "막혔어요" here at least once. */
  stuckRuns: number;
  /** Runs in which the step's element could not be found (a stale guide or a changed page). */
  notFoundRuns: number;
  /** Runs that ended here without finishing. */
  abandoned: number;
  /** Median time on the step, in seconds (null when no time was recorded). */
  medianSeconds: number | null;
}

export interface FrictionSummary {
  guides: { guideId: string; runs: number; finished: number; abandoned: number; steps: FrictionStepSummary[] }[];
}

/**
 * Summarises runs for the service-design report. `stepOrder` (guide id → step ids in order)
 * puts steps in guide order; steps not listed follow in the order first seen.
 */
export function frictionSummary(runs: readonly FrictionRun[], stepOrder: Record<string, readonly string[]> = {}): FrictionSummary {
  const byGuide = new Map<string, FrictionRun[]>();
  for (const run of runs) byGuide.set(run.guideId, [...(byGuide.get(run.guideId) ?? []), run]);
  const guides = [...byGuide].map(([guideId, guideRuns]) => {
    const order = [...(stepOrder[guideId] ?? [])];
    for (const run of guideRuns) for (const stepId of Object.keys(run.steps)) if (!order.includes(stepId)) order.push(stepId);
    const steps = order
      .map((stepId): FrictionStepSummary => {
        const reached = guideRuns.filter((run) => run.steps[stepId]);
        const times = reached.map((run) => run.steps[stepId]!.ms).filter((ms) => ms > 0);
        return {
          guideId,
          stepId,
          runs: reached.length,
          stuckRuns: reached.filter((run) => run.steps[stepId]!.stuck > 0).length,
          notFoundRuns: reached.filter((run) => run.steps[stepId]!.notFound > 0).length,
          abandoned: guideRuns.filter((run) => run.outcome === 'abandoned' && run.abandonedAt === stepId).length,
          medianSeconds: times.length ? Math.round(median(times) / 100) / 10 : null,
        };
      })
      .filter((step) => step.runs > 0);
    return {
      guideId,
      runs: guideRuns.length,
      finished: guideRuns.filter((run) => run.outcome === 'finished').length,
      abandoned: guideRuns.filter((run) => run.outcome === 'abandoned').length,
      steps,
    };
  });
  return { guides };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
