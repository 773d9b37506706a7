/**
 * Guide matching on mutated demo pages (renamed ids/classes, shuffled order, wrappers,
 * reworded labels, decoys): share of step targets still found, wrong elements accepted, and
 * acceptances on unrelated pages. Baseline: the same steps matched by their recorded `id`
 * alone (what a one-selector guide would do), measured in the same run.
 *
 * `npm run bench` calls `bench()`; `node tests/bench/guide-matching.bench.ts` prints the figures.
 */
import type { BenchContext, BenchRow } from './types.ts';
import { measureAccuracy, type AccuracyReport } from '../kits/guides/accuracy.ts';
import { measureIdBaseline } from '../kits/guides/baseline.ts';

export async function bench(ctx?: Pick<BenchContext, 'log'>): Promise<BenchRow[]> {
  return (await measure(ctx)).rows;
}

async function measure(ctx?: Pick<BenchContext, 'log'>): Promise<{ rows: BenchRow[]; report: AccuracyReport }> {
  ctx?.log('guide matching: mutating demo pages…');
  const report = measureAccuracy();
  const baseline = measureIdBaseline();
  const percent = (value: number) => Math.round(value * 1000) / 10;
  const rows: BenchRow[] = [
    {
      name: 'guide targets found on mutated demo pages',
      value: percent(report.accuracy),
      baseline: percent(baseline.accuracy),
      unit: '%',
      goal: '≥ 95 %',
      pass: report.accuracy >= 0.95,
      note: `${report.correct}/${report.total} step targets over ${report.variants.length} mutation variants; baseline = the recorded id alone`,
    },
    {
      name: 'wrong elements accepted on mutated demo pages',
      value: report.wrong,
      baseline: baseline.wrong,
      unit: 'count',
      goal: '= 0',
      pass: report.wrong === 0,
      note: 'an element other than the real target, accepted above the threshold',
    },
    {
      name: 'step targets accepted on unrelated pages',
      value: report.unrelatedAccepted,
      baseline: 0,
      unit: 'count',
      goal: '= 0',
      pass: report.unrelatedAccepted === 0,
      note: `${report.unrelatedChecks} checks on home, notice, help and session pages (and their mutations)`,
    },
  ];
  return { rows, report };
}

if (import.meta.main) {
  const { rows, report } = await measure({ log: (message) => console.error(message) });
  for (const row of rows) {
    console.log(
      `${row.pass ? 'PASS' : 'MISS'}  ${row.name}: ${row.value} ${row.unit} (baseline ${row.baseline}; goal ${row.goal})${row.note ? ` — ${row.note}` : ''}`,
    );
  }
  for (const variant of report.variants) {
    console.log(
      `      ${variant.variant.padEnd(16)} ${variant.correct}/${variant.total} correct, ${variant.wrong} wrong, ${variant.missed} not found`,
    );
  }
  for (const failure of report.failures) console.log(`      ${failure}`);
}
