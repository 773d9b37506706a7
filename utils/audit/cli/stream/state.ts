import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from '../../../zod.ts';
import type { AuditOptions } from '../args.ts';
import type { Shard } from '../shard.ts';
import type { AuditUnit, LocalSite } from '../targets.ts';

/**
 * `state.json` in the output folder: what the run was asked (so `--resume` needs nothing but the
 * folder), what it audits (a list, frozen when the run began: a sitemap or standard input may
 * not give the same list twice), and whether it finished. What is done is not here but in
 * audit.jsonl, which is written page by page; this file is written whole, atomically (a new file
 * renamed over the old), when the run starts, stops, or ends.
 */
export const STATE_FILE = 'state.json';

/** What makes two audits of the same page comparable: `merge` refuses to mix audits that differ in any. */
export interface AuditSettings {
  language: string;
  timeoutSeconds: number;
  offline: boolean;
  dotbogi: string;
  axeCore: string;
  schemaVersion: number;
}

export interface RunState {
  format: 'dotbogi-audit-state';
  version: 1;
  status: 'running' | 'interrupted' | 'finished';
  startedAt: string;
  updatedAt: string;
  /** The command line as given, and where it was given (relative paths in it are relative to cwd). */
  argv: string[];
  cwd: string;
  options: AuditOptions;
  settings: AuditSettings;
  shard: Shard | null;
  chromium: string;
  /** A list run's units (this shard's); null for a crawl, whose pages come from the stream. */
  units: AuditUnit[] | null;
  /** The crawl's start pages (canonical). */
  seeds: string[] | null;
  sites: LocalSite[];
  /** Targets in the whole list before sharding. */
  unitsInList: number;
  /** What the sources' limits cut short, duplicates dropped…: for run.json and the summary. */
  notes: string[];
  /** Set by merge: the folders merged, and their shards. */
  mergedFrom?: string[];
  mergedShards?: Shard[];
}

const settingsSchema = z.object({
  language: z.string(),
  timeoutSeconds: z.number(),
  offline: z.boolean(),
  dotbogi: z.string(),
  axeCore: z.string(),
  schemaVersion: z.number(),
});
const target = z.object({ given: z.string(), url: z.string() });
const unitSchema = z.union([
  z.object({ kind: z.literal('page'), page: target, order: z.number(), key: z.string(), depth: z.number().optional() }),
  z.object({
    kind: z.literal('journey'),
    name: z.string(),
    label: z.string().optional(),
    steps: z.array(target),
    order: z.number(),
    key: z.string(),
  }),
]);
const stateSchema = z.object({
  format: z.literal('dotbogi-audit-state'),
  version: z.literal(1),
  status: z.enum(['running', 'interrupted', 'finished']),
  startedAt: z.string(),
  updatedAt: z.string(),
  argv: z.array(z.string()),
  cwd: z.string(),
  options: z.looseObject({ command: z.literal('audit'), out: z.string() }),
  settings: settingsSchema,
  shard: z.object({ index: z.number(), total: z.number() }).nullable(),
  chromium: z.string(),
  units: z.array(unitSchema).nullable(),
  seeds: z.array(z.string()).nullable(),
  sites: z.array(z.object({ host: z.string(), folder: z.string() })),
  unitsInList: z.number(),
  notes: z.array(z.string()),
  mergedFrom: z.array(z.string()).optional(),
  mergedShards: z.array(z.object({ index: z.number(), total: z.number() })).optional(),
});

/** state.json that cannot be read: the message names the file and line. */
export class StateError extends Error {
  override name = 'StateError';
}

/** Writes the state (its updatedAt set to now) and returns what was written. */
export async function writeState(dir: string, state: RunState): Promise<RunState> {
  const file = join(dir, STATE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  const written = { ...state, updatedAt: new Date().toISOString() };
  await writeFile(temporary, `${JSON.stringify(written, null, 2)}\n`);
  await rename(temporary, file);
  return written;
}

/** The folder's state, or null when it has none (not a streamed run's folder). */
export async function readState(dir: string): Promise<RunState | null> {
  const file = join(dir, STATE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw new StateError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StateError(`${file} line ${lineOf(text, message)}: not valid JSON (${message})`);
  }
  const parsed = stateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    throw new StateError(
      `${file} line ${lineOfKey(text, path)}: not a Dotbogi run state (${path.join('.') || 'value'}: ${issue?.message ?? 'invalid'})`,
    );
  }
  return parsed.data as unknown as RunState;
}

/** The line of a JSON.parse error: V8 says "… at position N" (or "line L column C"). */
function lineOf(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : 1;
}

/** The line where the offending key is written (state.json is written indented, one key a line). */
function lineOfKey(text: string, path: readonly PropertyKey[]): number {
  const key = [...path].reverse().find((part) => typeof part === 'string');
  if (typeof key !== 'string') return 1;
  const at = text.indexOf(`"${key}":`);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** The settings that decide what an audit finds, from the options and the versions in use. */
export function auditSettings(
  options: Pick<AuditOptions, 'language' | 'timeoutSeconds' | 'offline'>,
  versions: { dotbogi: string; axeCore: string; schemaVersion: number },
): AuditSettings {
  return { language: options.language, timeoutSeconds: options.timeoutSeconds, offline: options.offline, ...versions };
}

/** The settings that differ between two runs, by name ("language ko ≠ en"). */
export function settingsDiffer(a: AuditSettings, b: AuditSettings): string[] {
  return (Object.keys(a) as (keyof AuditSettings)[])
    .filter((key) => a[key] !== b[key])
    .map((key) => `${key} ${String(a[key])} ≠ ${String(b[key])}`);
}
