import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { findChromium } from '../../browser/chromium.ts';
import { startSiteServer } from '../../browser/site-server.ts';
import { SCHEMA_VERSION } from '../types.ts';
import { releaseAxeBytes } from './axe-bytes.ts';
import { optionNames, parseArgs, RESUME_OVERRIDES, USAGE, type AuditOptions, type MergeOptions, type ReportOptions } from './args.ts';
import { auditUnits } from './auditor.ts';
import { trackingFilter } from './crawl/canonical.ts';
import { crawlSource } from './crawl/frontier.ts';
import { createFetcher } from './crawl/fetch.ts';
import { pageGate } from './gate.ts';
import { crawlScope } from './crawl/scope.ts';
import { ensureCliExtension } from './extension-build.ts';
import { EXPORT_FORMATS } from '../../report/export/registry.ts';
import { reportTranslatorFromLocales } from '../../report/locale-translator.ts';
import { finishRun } from './finish.ts';
import { mergeStreams, readOutput, type RunOutput } from './merge.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { pickShard } from './shard.ts';
import { readSitemaps } from './sources/sitemap.ts';
import { readUrlList } from './sources/url-list.ts';
import { countedLines, cutTornLine, openStream, scanStream, StreamError, STREAM_FILE, type LineIndex } from './stream/lines.ts';
import { lineOf } from './stream/outcome-line.ts';
import { auditSettings, readState, StateError, STATE_FILE, writeState, type RunState } from './stream/state.ts';
import { pagesOf, resolveTargets, type AuditUnit, type TargetSpec } from './targets.ts';
import { UsageError } from './usage-error.ts';
import { listSource, type WorkSource } from './work.ts';

export interface Io {
  stdout: ProgressStream;
  stderr: { write(text: string): unknown };
  cwd: string;
  /** The repository root (where the extension is built). */
  root: string;
  env?: NodeJS.ProcessEnv;
  /** Standard input, for `--urls -`. */
  stdin?: () => Promise<string>;
  /** Where Ctrl-C and SIGTERM arrive (the process; a test passes its own). */
  signals?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/** Exit codes: 0 done, 1 a finding reached --fail-on, 2 a target could not be audited or a usage/setup error, 130 interrupted. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseArgs(argv, io.env ?? process.env);
    if (options.command === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (options.command === 'merge') return await merge(options, io);
    if (options.command === 'report') return await report(options, io);
    return await audit(options, argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\nRun \`npm run audit -- --help\` for the options.\n`);
    } else if (error instanceof StateError || error instanceof StreamError) {
      io.stderr.write(`${error.message}\nNothing in that folder was changed.\n`);
    } else {
      const detail = error instanceof Error ? (process.env.DOTBOGI_DEBUG ? error.stack : error.message) : String(error);
      io.stderr.write(`${detail}\n`);
    }
    return 2;
  }
}

/** The command that continues a run in `out`, as printed after an interruption. */
export function resumeCommand(out: string): string {
  return `npm run audit -- --resume --out ${/^[\w./@:+-]+$/.test(out) ? out : `'${out.replaceAll("'", "'\\''")}'`}`;
}

async function audit(given: AuditOptions, argv: readonly string[], io: Io): Promise<number> {
  const out = resolve(io.cwd, given.out);
  const previous = await readState(out);
  let options = given;
  let state: RunState;
  if (given.resume) {
    if (!previous) throw new UsageError(`${out} holds no run to resume (no ${STATE_FILE}).`);
    if (previous.status === 'finished') {
      io.stdout.write(
        `The run in ${given.out} is finished; nothing to resume. Its reports are there (npm run audit -- report ${given.out} builds them again).\n`,
      );
      return 0;
    }
    const extra = optionNames(argv).filter((name) => name !== '--resume' && !RESUME_OVERRIDES.has(name));
    if (given.targets.length) extra.push(...given.targets.map((target) => `"${target}"`));
    if (extra.length)
      throw new UsageError(
        `--resume continues the run as it was asked (${STATE_FILE} keeps its targets and settings): ${extra.join(', ')} cannot change. ` +
          `Only ${[...RESUME_OVERRIDES].join(', ')} may be given.`,
      );
    const overrides = optionNames(argv).filter((name) => RESUME_OVERRIDES.has(name));
    const asked = previous.options;
    options = {
      ...asked,
      out: given.out,
      ...(overrides.includes('--concurrency') ? { concurrency: given.concurrency } : {}),
      ...(overrides.includes('--recycle-after') ? { recycleAfter: given.recycleAfter } : {}),
      ...(overrides.includes('--browser-memory') ? { browserMemoryMiB: given.browserMemoryMiB } : {}),
      ...(overrides.includes('--format') ? { formats: given.formats } : {}),
      ...(overrides.includes('--fail-on') ? { failOn: given.failOn } : {}),
      resume: true,
    };
    state = { ...previous, status: 'running', options };
  } else {
    if (previous && previous.status !== 'finished')
      throw new UsageError(
        `${given.out} holds a run that did not finish (started ${previous.startedAt}). Continue it with \`${resumeCommand(given.out)}\`, ` +
          'or give another --out.',
      );
    state = undefined as unknown as RunState;
  }

  // Read first: a wrong --baseline folder stops the run before any page is audited.
  const baseline = await readBaseline(options.baseline, previous?.cwd ?? io.cwd);
  // The site server plays the demo site and local files; the hosts of local files are added once known.
  const hosts: Record<string, string> = Object.fromEntries((state?.sites ?? []).map((site) => [site.host, site.folder]));
  const server = await startSiteServer({ hosts });
  try {
    const viaProxy = (host: string) => options.offline || host in hosts;
    const fetchBytes = createFetcher({ proxyPort: server.port, viaProxy });
    if (!state) {
      state = await newRun(options, argv, io, fetchBytes);
      await rm(join(out, STREAM_FILE), { force: true });
    }
    for (const site of state.sites) hosts[site.host] = site.folder;

    // Asked while the browser starts and audits: Debian's wrapper script takes a moment.
    const chromium = chromiumVersion();
    const extensionDir = await ensureCliExtension(io.root, (line) => io.stderr.write(`${line}\n`));
    const stream = join(out, STREAM_FILE);
    await mkdir(out, { recursive: true });
    const scan = await scanStream(stream, { links: true });
    if (scan.torn) await cutTornLine(stream, scan.goodBytes);
    const done = countedLines(scan.lines);
    state.chromium = await chromium;
    await writeState(out, state);

    const isTracking = trackingFilter(options.trackingParams);
    const scope = state.seeds ? crawlScope(options.crawl!, state.seeds) : null;
    const crawl =
      state.seeds && options.crawl
        ? crawlSource({
            seeds: state.seeds,
            crawl: options.crawl,
            maxPages: options.maxPages ?? Infinity,
            scope: scope!,
            isTracking,
            before: done
              .filter((line) => line.type !== 'journey')
              .map((line) => ({ key: line.key, order: line.order, depth: line.depth ?? 0, links: line.links ?? [] })),
          })
        : null;
    const source: WorkSource = crawl ?? listSource(state.units ?? [], new Set(done.map((line) => line.key)));
    const already = done.filter((line) => line.type !== 'journey').length;
    if (options.resume) io.stdout.write(`Resuming ${options.out}: ${already} page${already === 1 ? '' : 's'} already done.\n`);
    else if (state.shard)
      io.stdout.write(`Shard ${state.shard.index}/${state.shard.total}: ${state.units?.length ?? 0} of ${state.unitsInList} targets.\n`);
    if (!options.resume && given.targets.length === 0 && !given.urlFiles.length && !given.sitemaps.length && !given.crawl)
      io.stdout.write('No target given: auditing the demo site’s 주민등록표 등본 journey, before and after.\n');
    for (const note of state.notes) io.stdout.write(`Note: ${note}\n`);

    const writer = await openStream(stream, scan);
    const words = { t: reportTranslatorFromLocales(io.root, options.language), language: options.language };
    const progress = createProgress(io.stdout, () => source.size(), words, already);
    const stop = new AbortController();
    const signals = io.signals ?? process;
    let signalled = 0;
    const onSignal = (signal: string) => {
      signalled++;
      if (signalled === 1) {
        progress.note(`${signal}: finishing the pages in progress, then stopping (again to stop at once; --resume audits them again).`);
        stop.abort();
      } else {
        // Every finished page is already on disk; the pages in progress are audited again on --resume.
        io.stderr.write(`\nStopped. Continue with: ${resumeCommand(options.out)}\n`);
        process.exit(130);
      }
    };
    signals.on('SIGINT', onSignal);
    signals.on('SIGTERM', onSignal);
    let result;
    try {
      result = await auditUnits(source, {
        extensionDir,
        server,
        ...(options.offline ? {} : { proxyOnlyHosts: Object.keys(hosts) }),
        concurrency: options.concurrency,
        timeoutMs: options.timeoutSeconds * 1000,
        gate: pageGate({ options, scope, fetchBytes, isLocal: viaProxy }),
        collectLinks: crawl !== null,
        recycleAfter: options.recycleAfter,
        browserMemoryBytes: options.browserMemoryMiB * 2 ** 20,
        signal: stop.signal,
        onPage: async (outcome) => {
          await writer.append(lineOf(outcome, scope, isTracking));
          // axe's raw results, megabytes on a heavy page, are on disk now.
          releaseAxeBytes(outcome.audit?.axe);
          progress.page(outcome);
        },
        onJourney: async (journey) => {
          await writer.append({
            type: 'journey',
            key: journey.unit.key,
            order: journey.unit.order,
            id: journey.id,
            name: journey.unit.name,
            ...(journey.unit.label ? { label: journey.unit.label } : {}),
            tabId: journey.tabId,
            startedAt: journey.startedAt,
            endedAt: journey.endedAt,
          });
        },
        onRecycle: (why) => progress.note(`A fresh browser (${why}).`),
      });
    } finally {
      signals.off('SIGINT', onSignal);
      signals.off('SIGTERM', onSignal);
      await writer.close();
      progress.finish();
    }

    if (result.interrupted) {
      await writeState(out, { ...state, status: 'interrupted' });
      await result.closed;
      io.stdout.write(
        `Interrupted: every finished page is kept in ${options.out}/${STREAM_FILE}.\nContinue with: ${resumeCommand(options.out)}\n`,
      );
      return 130;
    }
    const finished = await writeState(out, { ...state, status: 'finished', notes: [...state.notes, ...(crawl?.notes() ?? [])] });
    try {
      // The lines scanned before auditing, and those written since: the stream is not scanned again.
      const written = [...scan.lines.map(({ links: _, ...line }) => line), ...writer.written];
      return await finish(out, out, finished, options, io, baseline, written);
    } finally {
      await result.closed;
    }
  } finally {
    await server.close();
  }
}

/** A new run: its targets resolved from every source, de-duplicated, limited and sharded, frozen in its state. */
async function newRun(
  options: AuditOptions,
  argv: readonly string[],
  io: Io,
  fetchBytes: ReturnType<typeof createFetcher>,
): Promise<RunState> {
  const specs: TargetSpec[] = options.targets.map((given) => ({ given, base: io.cwd }));
  for (const file of options.urlFiles) {
    const listed = await readUrlList(file, { cwd: io.cwd, ...(io.stdin ? { stdin: io.stdin } : {}) });
    if (listed.length === 0) throw new UsageError(`The URL list ${file} has no address in it.`);
    specs.push(...listed);
  }
  const notes: string[] = [];
  if (options.sitemaps.length) {
    const maps = await readSitemaps(options.sitemaps, {
      cwd: io.cwd,
      fetch: fetchBytes,
      ...(options.maxPages ? { maxUrls: options.maxPages } : {}),
    });
    if (maps.entries.length === 0)
      throw new UsageError(`No page address in ${options.sitemaps.join(', ')}.${maps.notes.length ? ` ${maps.notes.join(' ')}` : ''}`);
    notes.push(...maps.notes);
    specs.push(...maps.entries.map((entry) => ({ given: entry.url, base: io.cwd, where: entry.where })));
  }
  let seeds: string[] | null = null;
  if (options.crawl) {
    if (specs.length || options.journey)
      throw new UsageError('--crawl finds its own pages: give it alone, without other targets or --journey.');
    seeds = options.crawl.seeds.map((seed) => {
      const resolved = resolveTargets([{ given: seed, base: io.cwd }], {
        journey: false,
        root: io.root,
        trackingParams: options.trackingParams,
      });
      const unit = resolved.units[0]!;
      if (unit.kind !== 'page') throw new UsageError(`--crawl needs a page address, not "${seed}".`);
      return unit.page.url;
    });
  }
  if (options.journey && options.sitemaps.length)
    throw new UsageError('--journey needs its steps in order: give them as URLs or with --urls, not from a sitemap.');
  const resolved = resolveTargets(seeds ? [] : specs, {
    journey: options.journey,
    root: io.root,
    trackingParams: options.trackingParams,
    demoIfEmpty: !seeds,
  });
  // Local files named as crawl start pages are served too.
  const sites = seeds
    ? resolveTargets(
        options.crawl!.seeds.map((given) => ({ given, base: io.cwd })),
        { journey: false, root: io.root, trackingParams: options.trackingParams },
      ).sites
    : resolved.sites;
  let units: AuditUnit[] | null = seeds ? null : resolved.units;
  if (resolved.duplicates)
    notes.push(
      `${resolved.duplicates} address${resolved.duplicates === 1 ? ' was' : 'es were'} given more than once (after dropping fragments and tracking parameters) and audited once.`,
    );
  if (units && options.maxPages !== null && pagesOf(units).length > options.maxPages) {
    const total = units.length;
    units = units.slice(0, options.maxPages);
    notes.push(`--max-pages ${options.maxPages}: ${total - units.length} of ${total} targets were left out.`);
  }
  const unitsInList = units?.length ?? 0;
  if (units) units = pickShard(units, options.shard);
  const now = new Date().toISOString();
  const root = io.root;
  return {
    format: 'dotbogi-audit-state',
    version: 1,
    status: 'running',
    startedAt: now,
    updatedAt: now,
    argv: [...argv],
    cwd: io.cwd,
    options: { ...options, baseline: options.baseline === null ? null : resolve(io.cwd, options.baseline) },
    settings: auditSettings(options, versions(root)),
    shard: options.shard,
    chromium: '',
    units,
    seeds,
    sites,
    unitsInList,
    notes,
  };
}

function versions(root: string) {
  const read = (file: string) => (JSON.parse(readFileSync(join(root, file), 'utf8')) as { version: string }).version;
  return { dotbogi: read('package.json'), axeCore: read('node_modules/axe-core/package.json'), schemaVersion: SCHEMA_VERSION };
}

/** An earlier run's output folder to compare with (--baseline), its audit schema checked. */
async function readBaseline(dir: string | null, cwd: string): Promise<RunOutput | undefined> {
  return dir === null ? undefined : readOutput(resolve(cwd, dir));
}

/** `report DIR`: audit.json, run.json and the reports built again from DIR's stream, finished or not. */
async function report(options: ReportOptions, io: Io): Promise<number> {
  const dir = resolve(io.cwd, options.dir);
  const state = await readState(dir);
  if (!state) throw new UsageError(`${options.dir} holds no run's results (no ${STATE_FILE}): give the --out folder of a run.`);
  const baseline = await readBaseline(options.baseline, io.cwd);
  if (state.status !== 'finished')
    io.stdout.write(
      `The run in ${options.dir} is ${state.status === 'running' ? 'still running or was stopped' : 'interrupted'}: reporting what it has audited so far.\n`,
    );
  return finish(dir, resolve(io.cwd, options.out), state, options, io, baseline);
}

async function merge(options: MergeOptions, io: Io): Promise<number> {
  const out = resolve(io.cwd, options.out);
  const { state, warnings } = await mergeStreams(
    options.dirs.map((dir) => ({ name: dir, path: resolve(io.cwd, dir) })),
    out,
  );
  io.stdout.write(`Merged ${options.dirs.length} folder${options.dirs.length === 1 ? '' : 's'}.\n`);
  for (const warning of warnings) io.stderr.write(`Warning: ${warning}\n`);
  return finish(out, out, state, options, io, await readBaseline(options.baseline, io.cwd));
}

async function finish(
  dir: string,
  out: string,
  state: RunState,
  options: Pick<AuditOptions, 'formats' | 'failOn' | 'language'>,
  io: Io,
  baseline?: RunOutput,
  written?: readonly LineIndex[],
): Promise<number> {
  const t = reportTranslatorFromLocales(io.root, options.language);
  const finished = await finishRun(
    dir,
    out,
    state,
    { formats: options.formats, failOn: options.failOn, language: options.language, t, ...(baseline ? { baseline } : {}) },
    written,
  );
  io.stdout.write(`${finished.summary}\n`);
  io.stdout.write(
    `Written to ${out === resolve(io.cwd, state.options.out) ? state.options.out : out}/: ${describeFiles(finished.files)}\n`,
  );
  if (finished.failures > 0 || finished.notYet > 0) return 2;
  if (finished.failedOn) {
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
