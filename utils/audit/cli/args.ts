import { SEVERITIES, type Severity } from '../types.ts';
import { EXPORT_FORMATS, findFormat } from '../../report/export/registry.ts';
import { DEFAULT_TRACKING_PARAMS } from './crawl/canonical.ts';
import { parseShard, shardFromEnvironment, type Shard } from './shard.ts';
import { UsageError } from './usage-error.ts';

/**
 * Every format the CLI can write: the report module's export formats, by id (utils/report/export/
 * registry.ts). JSON (the audit schema, audit.json) is always written.
 */
export const FORMATS: readonly string[] = EXPORT_FORMATS.map((format) => format.id);
export type Format = string;

/** How far a crawl may go (`--crawl`): every limit has a default, so a crawl always ends. */
export interface CrawlOptions {
  /** Start pages; their origins (and --allow-origin's) are the only ones visited. */
  seeds: string[];
  /** Links away from a start page (the start page is depth 0). */
  maxDepth: number;
  /** Origins besides the start pages' that the crawl may visit (`--allow-origin`). */
  allowOrigins: string[];
  /** URL patterns (URLPattern syntax; "/path/*" matches paths): a link must match one, when any are given. */
  include: string[];
  /** URL patterns a link must not match. */
  exclude: string[];
  /** Addresses on one path that differ only in their query string, at most (a calendar's endless months). */
  maxQueryVariants: number;
}

export interface AuditOptions {
  command: 'audit';
  /** URLs and file paths, in the order given. Empty (and no other source): the bundled demo journeys. */
  targets: string[];
  /** Files of targets, one a line (`-` = standard input). */
  urlFiles: string[];
  /** Sitemaps or sitemap indexes, by URL or file (gzip too). */
  sitemaps: string[];
  crawl: CrawlOptions | null;
  /** At most this many pages in the run (a crawl defaults to 100). */
  maxPages: number | null;
  /** Query parameters dropped from every address before de-duplication ("utm_*" = a prefix). */
  trackingParams: string[];
  /**
   * Page loads per second to one host, when given. Not given: a crawl loads at most one page a
   * second from each real host; local files and --offline (this machine) are not limited.
   */
  rateLimit: number | null;
  /** Treat the targets as the ordered steps of one task, audited in one tab. */
  journey: boolean;
  out: string;
  formats: Format[];
  concurrency: number;
  shard: Shard | null;
  failOn: Severity | null;
  /** Route every request to the local site server, so nothing leaves the machine. */
  offline: boolean;
  /** Seconds to wait for a page to load. */
  timeoutSeconds: number;
  /** Language of rule texts (where axe ships it) and of the reports. */
  language: string;
  /** An earlier run's output folder: each report is compared with its counterpart there. */
  baseline: string | null;
  /** Continue the interrupted run in --out. */
  resume: boolean;
  /** A fresh browser after this many pages… */
  recycleAfter: number;
  /** …or as soon as the browser's processes use more than this many MiB. */
  browserMemoryMiB: number;
}

export interface MergeOptions {
  command: 'merge';
  dirs: string[];
  out: string;
  formats: Format[];
  failOn: Severity | null;
  language: string;
  baseline: string | null;
}

/** `report DIR`: the reports and audit.json built again from DIR's stream (a finished, interrupted or running run). */
export interface ReportOptions {
  command: 'report';
  dir: string;
  out: string;
  formats: Format[];
  failOn: Severity | null;
  language: string;
  baseline: string | null;
}

export type CliOptions = AuditOptions | MergeOptions | ReportOptions | { command: 'help' };

export const DEFAULT_OUT = 'audit-results';
export const DEFAULT_CRAWL_PAGES = 100;
export const DEFAULT_MAX_DEPTH = 3;
export const DEFAULT_QUERY_VARIANTS = 20;
export const DEFAULT_RECYCLE_AFTER = 200;
export const DEFAULT_BROWSER_MEMORY_MIB = 1536;

export const USAGE = `Usage:
  npm run audit -- [url | file …] [options]     audit pages in headless Chromium with the built extension
  npm run audit -- --resume --out DIR           continue an interrupted run where it stopped
  npm run audit -- report DIR [--out DIR2]      build audit.json and the reports again from DIR's results
  npm run audit -- merge DIR… [--out DIR]       combine the outputs of several shards

With no target, audits the bundled demo site's 주민등록표 등본 journey, before and after.

Targets (all may be combined; the same address twice is audited once):
  --urls FILE            one URL or local file a line, # for comments; - reads standard input
  --sitemap URL|FILE     the addresses of a sitemap or sitemap index (gzip too)
  --crawl URL            follow links from this page, in the page as the browser shows it
  --max-pages N          audit at most N pages (crawl default: ${DEFAULT_CRAWL_PAGES})
  --max-depth N          crawl: links at most N clicks from a start page (default: ${DEFAULT_MAX_DEPTH})
  --same-origin          crawl: stay on the start pages' origins (the default)
  --allow-origin ORIGIN  crawl: may also visit this origin (repeatable)
  --include PATTERN      crawl: follow only addresses matching one such pattern (repeatable;
                         "/services/*" matches paths, a full URL pattern matches whole addresses)
  --exclude PATTERN      crawl: never follow addresses matching this pattern (repeatable)
  --max-query-variants N crawl: at most N addresses per path that differ only in the query (default: ${DEFAULT_QUERY_VARIANTS})
  --tracking-params LIST query parameters dropped from addresses before comparing them
                         (default: ${DEFAULT_TRACKING_PARAMS.join(',')}; "none" keeps all)
  --rate-limit N         at most N page loads a second to one host (crawl default: 1; robots.txt's
                         Crawl-delay is honoured when slower)

Options:
  --journey              the targets are the ordered steps of one task (one tab, in order)
  --out DIR              where to write the results (default: ${DEFAULT_OUT}/)
  --format LIST          comma-separated: ${FORMATS.join(',')} (default: all; json is always written;
                         a format may also be named by its file extension, e.g. md)
  --concurrency N        audit N pages at once in one browser (default: 2)
  --shard K/N            audit only every N-th target, starting with the K-th (K = 1…N)
  --shard-count N        as --shard, K taken from JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs, 0-based)
  --fail-on LEVEL        exit with 1 when a finding is at least ${SEVERITIES.join('|')}
  --offline              send every request to the local site server only (for tests and benchmarks)
  --timeout SECONDS      how long to wait for each page to load (default: 30)
  --lang CODE            language of the reports, e.g. en, vi (default: ko)
  --baseline DIR         compare each report with its counterpart in an earlier run's --out folder
                         (the same journey by label or name, the same page by address): 해결 / 개선 /
                         남음 / 새로 in every report file and in the summary
  --resume               continue the run in --out (its targets and settings come from its state.json)
  --recycle-after N      a fresh browser after every N pages (default: ${DEFAULT_RECYCLE_AFTER})
  --browser-memory MIB   a fresh browser as soon as it uses more memory than this (default: ${DEFAULT_BROWSER_MEMORY_MIB})
  -h, --help             show this help

Exit codes: 0 done; 1 a finding reached --fail-on; 2 a target could not be audited or the
arguments were wrong; 130 interrupted (Ctrl-C or SIGTERM: the pages in progress are finished and
kept, and the command that continues the run is printed).`;

const WITH_VALUE = new Set([
  '--out',
  '--format',
  '--concurrency',
  '--shard',
  '--shard-count',
  '--fail-on',
  '--timeout',
  '--lang',
  '--baseline',
  '--urls',
  '--sitemap',
  '--crawl',
  '--max-pages',
  '--max-depth',
  '--allow-origin',
  '--include',
  '--exclude',
  '--max-query-variants',
  '--tracking-params',
  '--rate-limit',
  '--recycle-after',
  '--browser-memory',
]);
const REPEATABLE = new Set(['--urls', '--sitemap', '--crawl', '--allow-origin', '--include', '--exclude']);
const BOOLEANS = new Set(['--journey', '--offline', '--resume', '--same-origin', '--help', '-h']);
/** Options that only shape what a crawl follows. */
const CRAWL_ONLY = ['--max-depth', '--allow-origin', '--include', '--exclude', '--max-query-variants'];
/** What `--resume` may change: how the rest is run, not what is audited or how. */
export const RESUME_OVERRIDES = new Set(['--out', '--concurrency', '--recycle-after', '--browser-memory', '--format', '--fail-on']);

/** Parses the command line (without `node` and the script). Throws UsageError with a readable message. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): CliOptions {
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (BOOLEANS.has(name)) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value.`);
      flags.add(name);
    } else if (WITH_VALUE.has(name)) {
      const value = inline ?? argv[++index];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} needs a value.`);
      if (values.has(name) && !REPEATABLE.has(name)) throw new UsageError(`${name} is given twice.`);
      values.set(name, [...(values.get(name) ?? []), value]);
    } else {
      throw new UsageError(`Unknown option ${name}. Run with --help to see the options.`);
    }
  }
  if (flags.has('--help') || flags.has('-h')) return { command: 'help' };
  const one = (name: string) => values.get(name)?.[0];
  const all = (name: string) => values.get(name) ?? [];

  const out = one('--out') ?? DEFAULT_OUT;
  const formats = parseFormats(one('--format'));
  const failOn = parseFailOn(one('--fail-on'));
  const language = parseLanguage(one('--lang') ?? 'ko');
  const baseline = one('--baseline') ?? null;
  const refuseAuditOptions = (command: string, allowed: readonly string[] = []) => {
    for (const name of [...values.keys(), ...flags]) {
      if (!['--out', '--format', '--fail-on', '--lang', '--baseline', ...allowed].includes(name))
        throw new UsageError(`${name} has no meaning for ${command}.`);
    }
  };

  if (positional[0] === 'merge') {
    const dirs = positional.slice(1);
    if (dirs.length === 0) throw new UsageError('merge needs at least one folder written by a shard.');
    refuseAuditOptions('merge');
    return { command: 'merge', dirs, out, formats, failOn, language, baseline };
  }
  if (positional[0] === 'report') {
    if (positional.length !== 2) throw new UsageError('report needs exactly one folder written by a run: npm run audit -- report DIR');
    refuseAuditOptions('report');
    return { command: 'report', dir: positional[1]!, out: one('--out') ?? positional[1]!, formats, failOn, language, baseline };
  }

  const seeds = all('--crawl');
  if (!seeds.length) {
    for (const name of CRAWL_ONLY) if (values.has(name)) throw new UsageError(`${name} shapes a crawl: give --crawl URL too.`);
  }
  const shard = parseShardOptions(one('--shard'), one('--shard-count'), env);
  if (shard && seeds.length)
    throw new UsageError(
      'A crawl cannot be split into shards: each shard would have to visit every page to find the links. ' +
        'Crawl once, or split a --urls list or a --sitemap instead.',
    );
  const tracking = one('--tracking-params');
  const limit = (name: string, fallback: number, max: number) => positiveInteger(name, one(name) ?? String(fallback), max);
  return {
    command: 'audit',
    targets: positional,
    urlFiles: all('--urls'),
    sitemaps: all('--sitemap'),
    crawl: seeds.length
      ? {
          seeds,
          maxDepth: nonNegativeInteger('--max-depth', one('--max-depth') ?? String(DEFAULT_MAX_DEPTH), 100),
          allowOrigins: all('--allow-origin').map((origin) => parseOrigin(origin)),
          include: all('--include').map((pattern) => checkPattern('--include', pattern)),
          exclude: all('--exclude').map((pattern) => checkPattern('--exclude', pattern)),
          maxQueryVariants: limit('--max-query-variants', DEFAULT_QUERY_VARIANTS, 100_000),
        }
      : null,
    maxPages: values.has('--max-pages') ? limit('--max-pages', 0, 10_000_000) : seeds.length ? DEFAULT_CRAWL_PAGES : null,
    trackingParams:
      tracking === undefined
        ? [...DEFAULT_TRACKING_PARAMS]
        : tracking.trim() === 'none'
          ? []
          : tracking
              .split(',')
              .map((name) => name.trim())
              .filter(Boolean),
    rateLimit: values.has('--rate-limit') ? positiveNumber('--rate-limit', one('--rate-limit')!) : null,
    journey: flags.has('--journey'),
    out,
    formats,
    concurrency: limit('--concurrency', 2, 16),
    shard,
    failOn,
    offline: flags.has('--offline'),
    timeoutSeconds: limit('--timeout', 30, 600),
    language,
    baseline,
    resume: flags.has('--resume'),
    recycleAfter: limit('--recycle-after', DEFAULT_RECYCLE_AFTER, 1_000_000),
    browserMemoryMiB: limit('--browser-memory', DEFAULT_BROWSER_MEMORY_MIB, 1_000_000),
  };
}

/** The option names given on a command line (for --resume, which accepts only a few). */
export function optionNames(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg.startsWith('--')).map((arg) => (arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg));
}

function parseShardOptions(shard: string | undefined, count: string | undefined, env: NodeJS.ProcessEnv): Shard | null {
  if (shard !== undefined && count !== undefined) throw new UsageError('Give --shard K/N or --shard-count N, not both.');
  if (shard !== undefined) return parseShard(shard);
  if (count !== undefined) return shardFromEnvironment(positiveInteger('--shard-count', count, 100_000), env);
  return null;
}

function parseFormats(value: string | undefined): Format[] {
  if (value === undefined) return [...FORMATS];
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !findFormat(name));
  if (unknown.length > 0) throw new UsageError(`Unknown format ${unknown.join(', ')}. Formats: ${FORMATS.join(', ')}.`);
  const wanted = new Set(names.map((name) => findFormat(name)!.id));
  // json is the record every other format and `merge` start from, so it is always written.
  return FORMATS.filter((format) => format === 'json' || wanted.has(format));
}

function parseFailOn(value: string | undefined): Severity | null {
  if (value === undefined) return null;
  const level = value.toLowerCase();
  if (!(SEVERITIES as readonly string[]).includes(level)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}.`);
  return level as Severity;
}

function parseLanguage(value: string): string {
  try {
    return new Intl.Locale(value).toString();
  } catch {
    throw new UsageError(`--lang must be a language code such as ko, en or zh-TW, not "${value}".`);
  }
}

function parseOrigin(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // Said below.
  }
  throw new UsageError(`--allow-origin must be an http(s) origin such as https://www.gov.kr, not "${value}".`);
}

/** A pattern is checked here so a typo stops the run before the browser starts. */
function checkPattern(name: string, pattern: string): string {
  try {
    toUrlPattern(pattern);
    return pattern;
  } catch {
    throw new UsageError(`${name} "${pattern}" is not a URL pattern (e.g. "/services/*" or "https://www.gov.kr/*/list*").`);
  }
}

/** "/path/*" matches paths on any allowed origin; anything else is a whole-URL pattern (the URLPattern standard). */
export function toUrlPattern(pattern: string): URLPattern {
  return pattern.startsWith('/') ? new URLPattern({ pathname: pattern }) : new URLPattern(pattern);
}

function positiveInteger(name: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`${name} must be a whole number from 1 to ${max}.`);
  }
  return Number(value);
}

function nonNegativeInteger(name: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) throw new UsageError(`${name} must be a whole number from 0 to ${max}.`);
  return Number(value);
}

function positiveNumber(name: string, value: string): number {
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || number <= 0 || number > 1000)
    throw new UsageError(`${name} must be a number above 0, e.g. 0.5 or 2.`);
  return number;
}
