import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { findChromium } from '../../browser/chromium.ts';
import type { Severity } from '../types.ts';
import { parseArgs, USAGE, type AuditOptions, type Format, type MergeOptions } from './args.ts';
import { auditUnits } from './auditor.ts';
import { ensureCliExtension } from './extension-build.ts';
import { mergeOutputs, missingShards, readOutput, type RunOutput } from './merge.ts';
import { writeOutputs } from './output.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { buildExport, buildRunRecord } from './record.ts';
import { pickShard } from './shard.ts';
import { formatSummary, reachesLevel } from './summary.ts';
import { reportTranslate } from './exporters.ts';
import { runReports } from './reports.ts';
import { EXPORT_FORMATS } from '../../report/export/registry.ts';
import { pagesOf, resolveTargets } from './targets.ts';
import { UsageError } from './usage-error.ts';

export interface Io {
  stdout: ProgressStream;
  stderr: { write(text: string): unknown };
  cwd: string;
  /** The repository root (where the extension is built). */
  root: string;
}

/** Exit codes: 0 done, 1 a finding reached --fail-on, 2 a target could not be audited or a usage/setup error. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.command === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return options.command === 'merge' ? await merge(options, io) : await audit(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\nRun \`npm run audit -- --help\` for the options.\n`);
    } else {
      const detail = error instanceof Error ? (process.env.DOTBOGI_DEBUG ? error.stack : error.message) : String(error);
      io.stderr.write(`${detail}\n`);
    }
    return 2;
  }
}

async function audit(options: AuditOptions, io: Io): Promise<number> {
  const { units, sites } = resolveTargets(options.targets, { journey: options.journey, cwd: io.cwd, root: io.root });
  const mine = pickShard(units, options.shard);
  // Read first: a wrong --baseline folder stops the run before any page is audited.
  const baseline = await readBaseline(options.baseline, io);
  // Asked while the browser starts and audits: Debian's wrapper script takes a moment.
  const chromium = chromiumVersion();
  const extensionDir = await ensureCliExtension(io.root, (line) => io.stderr.write(`${line}\n`));
  const total = pagesOf(mine).length;
  if (options.shard) io.stdout.write(`Shard ${options.shard.index}/${options.shard.total}: ${mine.length} of ${units.length} targets.\n`);
  if (options.targets.length === 0)
    io.stdout.write('No target given: auditing the demo site’s 주민등록표 등본 journey, before and after.\n');

  const startedAt = new Date().toISOString();
  const progress = createProgress(io.stdout, total);
  const result = await auditUnits(mine, {
    extensionDir,
    sites,
    offline: options.offline,
    concurrency: options.concurrency,
    timeoutMs: options.timeoutSeconds * 1000,
    language: options.language,
    onPage: (outcome) => progress.page(outcome),
  });
  progress.finish();
  const finishedAt = new Date().toISOString();
  const output: RunOutput = {
    audits: buildExport(result, finishedAt, options.language),
    run: buildRunRecord(result, { startedAt, finishedAt, chromium: await chromium, shard: options.shard }),
  };
  try {
    return await finish(output, options, io, baseline);
  } finally {
    await result.closed;
  }
}

/** An earlier run's output folder to compare with (--baseline), its audit schema checked. */
async function readBaseline(dir: string | null, io: Io): Promise<RunOutput | undefined> {
  return dir === null ? undefined : readOutput(resolve(io.cwd, dir));
}

async function merge(options: MergeOptions, io: Io): Promise<number> {
  const outputs = [];
  for (const dir of options.dirs) outputs.push(await readOutput(resolve(io.cwd, dir)));
  const merged = mergeOutputs(outputs, new Date().toISOString());
  const missing = missingShards(merged.run.shards);
  io.stdout.write(`Merged ${outputs.length} folder${outputs.length === 1 ? '' : 's'}.\n`);
  if (missing.length > 0)
    io.stderr.write(`Warning: shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} not among the merged folders.\n`);
  return finish(merged, options, io, await readBaseline(options.baseline, io));
}

async function finish(
  output: RunOutput,
  options: { out: string; formats: Format[]; failOn: Severity | null; language: string },
  io: Io,
  baseline?: RunOutput,
): Promise<number> {
  const t = reportTranslate(io.root, options.language);
  // Built once: the summary below and every report file state the same numbers.
  const reports = runReports(output, baseline);
  const files = await writeOutputs(resolve(io.cwd, options.out), output, reports, options.formats, { t, language: options.language });
  io.stdout.write(`${formatSummary(output.audits, reports, output.run, t)}\n`);
  io.stdout.write(`Written to ${options.out}/: ${describeFiles(files)}\n`);
  if (output.run.failures.length > 0) return 2;
  if (options.failOn && reachesLevel(output.audits, options.failOn)) {
    io.stdout.write(`A finding reached --fail-on ${options.failOn}: exit code 1.\n`);
    return 1;
  }
  return 0;
}

/** "audit.json, run.json, 2 reports × html, csv, sarif, md" rather than a long list of generated names. */
function describeFiles(files: string[]): string {
  const reports = files.filter((file) => file.startsWith('report-'));
  // Longest extension first: "summary.html" is not "html".
  const extensions = [...EXPORT_FORMATS.map((format) => format.extension)].sort((a, b) => b.length - a.length);
  const found = [...new Set(reports.map((file) => extensions.find((extension) => file.endsWith(`.${extension}`)) ?? ''))];
  const others = files.filter((file) => !reports.includes(file));
  const perFormat = found.length ? reports.length / found.length : 0;
  return [...others, ...(reports.length ? [`${perFormat} report${perFormat === 1 ? '' : 's'} × ${found.join(', ')} (report-*)`] : [])].join(
    ', ',
  );
}

async function chromiumVersion(): Promise<string> {
  const path = findChromium();
  try {
    // Debian's wrapper script chatters on stderr; the version is on stdout.
    const { stdout } = await promisify(execFile)(path, ['--version'], { encoding: 'utf8' });
    return stdout.trim();
  } catch {
    return path;
  }
}
