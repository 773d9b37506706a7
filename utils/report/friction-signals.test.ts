import { describe, expect, it } from 'vitest';
import { buildRegistry } from '@/utils/guides/registry';
import type { FrictionRun } from '@/utils/guides/friction';
import { frictionSignals, signalIsOn } from './friction-signals';

const guides = buildRegistry().guides;
const run = (
  runId: string,
  steps: FrictionRun['steps'],
  outcome: FrictionRun['outcome'] = 'finished',
  abandonedAt?: string,
): FrictionRun => ({
  runId,
  guideId: 'resident-copy',
  startedAt: 1,
  updatedAt: 2,
  outcome,
  ...(abandonedAt && { abandonedAt }),
  steps,
});

describe('friction signals for the report', () => {
  it('counts, per guide step, the runs where people were stuck, the element was missing, or they gave up', () => {
    const runs = [
      run('1', { name: { stuck: 2, notFound: 0, ms: 1000 }, birth: { stuck: 0, notFound: 1, ms: 500 } }),
      run('2', { name: { stuck: 1, notFound: 0, ms: 800 } }, 'abandoned', 'name'),
      run('3', { name: { stuck: 0, notFound: 0, ms: 300 } }),
    ];
    const signals = frictionSignals(runs, guides);
    expect(signals.map(({ stepId, kind, count }) => [stepId, kind, count])).toEqual([
      ['name', 'stuck', 2],
      ['name', 'abandoned', 1],
      ['birth', 'notFound', 1],
    ]);
    expect(signals[0]!.where.path).toBe('*/resident-copy/apply.html');
  });

  it('places a signal on the journey page its guide step happens on, not on other pages', () => {
    const [signal] = frictionSignals([run('1', { name: { stuck: 1, notFound: 0, ms: 0 } })], guides);
    expect(signalIsOn(signal!, 'https://demo.gov.kr/before/resident-copy/apply.html?step=1')).toBe(true);
    expect(signalIsOn(signal!, 'https://demo.gov.kr/before/resident-copy/confirm.html')).toBe(false);
    expect(signalIsOn(signal!, 'not a url')).toBe(false);
  });

  it('gives nothing when nobody opted in (no runs) or the guide is unknown', () => {
    expect(frictionSignals([], guides)).toEqual([]);
    expect(frictionSignals([{ ...run('1', { x: { stuck: 3, notFound: 0, ms: 0 } }), guideId: 'gone' }], guides)).toEqual([]);
  });
});
