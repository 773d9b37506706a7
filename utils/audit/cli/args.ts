import { SEVERITIES, type Severity } from '../types.ts';
import { EXPORT_FORMATS, findFormat } from '../../report/export/registry.ts';
import { parseShard, type Shard } from './shard.ts';
import { UsageError } from './usage-error.ts';

/**
 * Every format the CLI can write: the report module's export formats, by id (utils/report/export/
 * registry.ts). JSON (the audit schema, audit.json) is always written.
 */
export const FORMATS: readonly string[] = EXPORT_FORMATS.map((format) => format.id);
export type Format = string;

export interface AuditOptions {
  command: 'audit';
  /** URLs and file paths, in the order given. Empty: the bundled demo journeys. */
  targets: string[];
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

export type CliOptions = AuditOptions | MergeOptions | { command: 'help' };

export const DEFAULT_OUT = 'audit-results';

export const USAGE = `Usage:
  npm run audit -- [url | file …] [options]     audit pages in headless Chromium with the built extension
  npm run audit -- merge DIR… [--out DIR]       combine the outputs of several shards

With no url or file, audits the bundled demo site's 주민등록표 등본 journey, before and after.

Options:
  --journey              the targets are the ordered steps of one task (one tab, in order)
  --out DIR              where to write the results (default: ${DEFAULT_OUT}/)
  --format LIST          comma-separated: ${FORMATS.join(',')} (default: all; json is always written;
                         a format may also be named by its file extension, e.g. md)
  --concurrency N        audit N pages at once in one browser (default: 2)
  --shard K/N            audit only every N-th target, starting with the K-th (K = 1…N)
  --fail-on LEVEL        exit with 1 when a finding is at least ${SEVERITIES.join('|')}
  --offline              send every request to the local site server only (for tests and benchmarks)
  --timeout SECONDS      how long to wait for each page to load (default: 30)
  --lang CODE            language of rule texts and reports, e.g. en, vi (default: ko)
  --baseline DIR         compare each report with its counterpart in an earlier run's --out folder
                         (the same journey by label or name, the same page by address): 해결 / 개선 /
                         남음 / 새로 in every report file and in the summary
  -h, --help             show this help

Exit codes: 0 done; 1 a finding reached --fail-on; 2 a target could not be audited or the
arguments were wrong.`;

/** Parses the command line (without `node` and the script). Throws UsageError with a readable message. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const withValue = new Set(['--out', '--format', '--concurrency', '--shard', '--fail-on', '--timeout', '--lang', '--baseline']);
  const booleans = new Set(['--journey', '--offline', '--help', '-h']);
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (booleans.has(name)) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value.`);
      flags.add(name);
    } else if (withValue.has(name)) {
      const value = inline ?? argv[++index];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} needs a value.`);
      values.set(name, value);
    } else {
      throw new UsageError(`Unknown option ${name}. Run with --help to see the options.`);
    }
  }
  if (flags.has('--help') || flags.has('-h')) return { command: 'help' };

  const out = values.get('--out') ?? DEFAULT_OUT;
  const formats = parseFormats(values.get('--format'));
  const failOn = parseFailOn(values.get('--fail-on'));
  const language = parseLanguage(values.get('--lang') ?? 'ko');
  const baseline = values.get('--baseline') ?? null;

  if (positional[0] === 'merge') {
    const dirs = positional.slice(1);
    if (dirs.length === 0) throw new UsageError('merge needs at least one folder written by a shard.');
    for (const name of ['--concurrency', '--shard', '--timeout']) {
      if (values.has(name)) throw new UsageError(`${name} has no meaning for merge.`);
    }
    for (const name of ['--journey', '--offline']) {
      if (flags.has(name)) throw new UsageError(`${name} has no meaning for merge.`);
    }
    return { command: 'merge', dirs, out, formats, failOn, language, baseline };
  }

  return {
    command: 'audit',
    targets: positional,
    journey: flags.has('--journey'),
    out,
    formats,
    concurrency: positiveInteger('--concurrency', values.get('--concurrency') ?? '2', 16),
    shard: values.has('--shard') ? parseShard(values.get('--shard')!) : null,
    failOn,
    offline: flags.has('--offline'),
    timeoutSeconds: positiveInteger('--timeout', values.get('--timeout') ?? '30', 600),
    language,
    baseline,
  };
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

function positiveInteger(name: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`${name} must be a whole number from 1 to ${max}.`);
  }
  return Number(value);
}
