/**
 * `npm run bench`: builds the e2e extension, runs every tests/bench/*.bench.ts in turn and
 * writes BENCHMARKS.md at the repository root: one table of every figure as a ratio against a
 * baseline measured in the same run, and the machine it ran on.
 *
 * Bench files are loaded through a Vite module server (kept open while they run) so they may import the extension's code as
 * the bundler sees it: the `@/` alias and `import.meta.glob` (the guide registry).
 * `npm run bench -- overlay` runs only the files whose name contains "overlay".
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import type { BenchContext, BenchFunction, BenchRow } from './types.ts';
import { formatBenchmarks, type BenchResult, type Machine } from './markdown.ts';
import { E2E_EXTENSION } from '../e2e/support/paths.ts';
import { findChromium } from '../../utils/browser/chromium.ts';

const root = resolve(import.meta.dirname, '../..');
const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();

const log = (message: string) => process.stderr.write(`${message}\n`);
log('Building the e2e extension (wxt build --mode e2e)…');
execFileSync(join(root, 'node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const context: BenchContext = { root, extensionDir: E2E_EXTENSION, log };
// One module server for every bench file, open until the last has run: a bench may import modules
// lazily while it runs (the report's HTML and Excel exports do), which Vite's one-shot runnerImport
// refuses once the file has loaded ("module runner has been closed").
const modules = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@': root } },
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
const results: BenchResult[] = [];
const started = Date.now();
for (const file of files) {
  log(`\n▶ ${file}`);
  const fileStarted = Date.now();
  try {
    const module = (await modules.ssrLoadModule(join(import.meta.dirname, file))) as { bench?: BenchFunction };
    if (typeof module.bench !== 'function') throw new Error('it does not export `async function bench(ctx)`');
    const rows: BenchRow[] = await module.bench(context);
    results.push({ file, rows, seconds: (Date.now() - fileStarted) / 1000 });
  } catch (error) {
    log(`  ✗ ${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    results.push({
      file,
      rows: [],
      seconds: (Date.now() - fileStarted) / 1000,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

await modules.close();

const machine: Machine = {
  cpu: `${cpus()[0]?.model.trim() ?? 'unknown'} × ${cpus().length}`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  os: `${type()} ${release()}`,
  node: process.version,
  chromium: chromiumVersion(),
  date: new Date().toISOString(),
  seconds: (Date.now() - started) / 1000,
};
const markdown = formatBenchmarks(results, machine, only);
writeFileSync(join(root, 'BENCHMARKS.md'), markdown);
process.stdout.write(markdown);
log(`\nWrote BENCHMARKS.md (${machine.seconds.toFixed(0)} s).`);

function chromiumVersion(): string {
  try {
    return execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (error) {
    return `not found (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}
