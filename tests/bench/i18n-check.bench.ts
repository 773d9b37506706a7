/**
 * `npm run i18n:check` stays fast (issue #21: under 5 s): the whole command as a process, from
 * start to exit, every language and namespace with every check (hashes, 「」 labels, orthography,
 * termbase, reviews, unused keys, README). Baseline, in the same run: a bare Node process that
 * reads and parses the same locale files — the floor any such check pays.
 *
 * `npm run bench` calls `bench()`; `node tests/bench/i18n-check.bench.ts` prints the figures.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { BenchContext, BenchRow } from './types.ts';

const RUNS = 3;
const BASELINE = `
  const { readdirSync, readFileSync } = require('node:fs');
  const { join } = require('node:path');
  const dir = join(process.argv[1], 'locales');
  for (const language of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()))
    for (const file of readdirSync(join(dir, language.name)).filter((name) => name.endsWith('.json')))
      JSON.parse(readFileSync(join(dir, language.name, file), 'utf8'));
`;

export async function bench(ctx: Pick<BenchContext, 'root' | 'log'>): Promise<BenchRow[]> {
  const node = join(ctx.root, 'node_modules/.bin/node');
  ctx.log('i18n:check: timing the command…');
  const check = median(RUNS, () => execFileSync(node, [join(ctx.root, 'utils/i18n/lint-cli.ts')], { cwd: ctx.root, stdio: 'ignore' }));
  const floor = median(RUNS, () => execFileSync(node, ['-e', BASELINE, ctx.root], { cwd: ctx.root, stdio: 'ignore' }));
  return [
    {
      name: 'npm run i18n:check, whole command',
      value: Math.round(check),
      baseline: Math.round(floor),
      unit: 'ms',
      goal: '< 5000 ms',
      pass: check < 5000,
      note: `median of ${RUNS} runs; baseline = a Node process that only reads and parses every locale file`,
    },
  ];
}

function median(runs: number, run: () => void): number {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

if (import.meta.main) {
  const [row] = await bench({ root: join(import.meta.dirname, '../..'), log: (message) => console.error(message) });
  console.log(
    `${row!.pass ? 'PASS' : 'MISS'}  ${row!.name}: ${row!.value} ms (baseline ${row!.baseline} ms; goal ${row!.goal}) — ${row!.note}`,
  );
}
