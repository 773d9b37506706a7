import { describe, expect, it } from 'vitest';
import { frictionSummary, recordFriction, FRICTION_MAX_RUNS, type FrictionStore } from './friction';

const off: FrictionStore = { enabled: false, runs: [] };
const on: FrictionStore = { enabled: true, runs: [] };

describe('friction signals', () => {
  it('records nothing unless the user opted in', () => {
    expect(recordFriction(off, { runId: 'a', guideId: 'g', stepId: 's', kind: 'stuck' }, 1)).toBe(off);
  });

  it('keeps counts and times per run and step, and summarises them for the report', () => {
    let store = on;
    store = recordFriction(store, { runId: 'a', guideId: 'g', stepId: 'one', kind: 'step-time', ms: 4000 }, 1);
    store = recordFriction(store, { runId: 'a', guideId: 'g', stepId: 'two', kind: 'stuck' }, 2);
    store = recordFriction(store, { runId: 'a', guideId: 'g', stepId: 'two', kind: 'abandoned' }, 3);
    store = recordFriction(store, { runId: 'b', guideId: 'g', stepId: 'one', kind: 'step-time', ms: 2000 }, 4);
    store = recordFriction(store, { runId: 'b', guideId: 'g', stepId: 'two', kind: 'not-found' }, 5);
    store = recordFriction(store, { runId: 'b', guideId: 'g', stepId: 'two', kind: 'finished' }, 6);
    const summary = frictionSummary(store.runs, { g: ['one', 'two'] });
    expect(summary.guides).toEqual([
      {
        guideId: 'g',
        runs: 2,
        finished: 1,
        abandoned: 1,
        steps: [
          { guideId: 'g', stepId: 'one', runs: 2, stuckRuns: 0, notFoundRuns: 0, abandoned: 0, medianSeconds: 3 },
          { guideId: 'g', stepId: 'two', runs: 2, stuckRuns: 1, notFoundRuns: 1, abandoned: 1, medianSeconds: null },
        ],
      },
    ]);
    // Nothing but ids, counts and times is kept.
    expect(JSON.stringify(store)).not.toMatch(/[가-힣]/);
  });

  it('keeps at most FRICTION_MAX_RUNS runs', () => {
    let store = on;
    for (let i = 0; i < FRICTION_MAX_RUNS + 5; i += 1)
      store = recordFriction(store, { runId: `r${i}`, guideId: 'g', stepId: 's', kind: 'stuck' }, i);
    expect(store.runs).toHaveLength(FRICTION_MAX_RUNS);
    expect(store.runs[0]!.runId).toBe('r5');
  });
});
