import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { auditExportSchema } from '../schema.ts';
import type { AuditExport } from '../types.ts';
import { migrateExportFile } from '../migrate.ts';
import { englishProblem, schemaProblem } from '../problem.ts';
import type { RunRecord } from './record.ts';
import type { Shard } from './shard.ts';
import { countedLines, scanStream, STREAM_FILE, type LineIndex } from './stream/lines.ts';
import { readState, settingsDiffer, STATE_FILE, writeState, type AuditSettings, type RunState } from './stream/state.ts';
import { UsageError } from './usage-error.ts';

export interface RunOutput {
  audits: AuditExport;
  run: RunRecord;
}

/** A folder given to merge: as the user named it (for messages), and where it is. */
export interface MergeInput {
  name: string;
  path: string;
}

/**
 * Combines the streamed outputs of shards (or of any runs) into one stream in `out`, from which
 * finish.ts builds audit.json, run.json and the reports as for any run. Each page or journey is
 * taken once, from the first folder that has it (a folder given twice counts once). Two folders
 * that audited the same address with different settings (another language, timeout, Dotbogi or
 * axe-core version…) cannot be merged: their results would not be comparable, and the merge
 * stops, naming both folders, the address and the settings, before anything is written.
 */
export async function mergeStreams(inputs: readonly MergeInput[], out: string): Promise<{ state: RunState; warnings: string[] }> {
  const runs: { input: MergeInput; state: RunState; lines: LineIndex[] }[] = [];
  for (const input of inputs) {
    const state = await readState(input.path);
    if (!state) {
      const old = existsSync(join(input.path, 'audit.json'));
      throw new UsageError(
        old
          ? `${input.name} has no ${STREAM_FILE}: it was written by an older Dotbogi. Audit those pages again to merge them.`
          : `${input.name} is not a run's output folder (no ${STATE_FILE}).`,
      );
    }
    const scan = await scanStream(join(input.path, STREAM_FILE));
    runs.push({ input, state, lines: countedLines(scan.lines) });
  }
  const warnings: string[] = [];
  for (const { input, state } of runs)
    if (state.status !== 'finished') warnings.push(`${input.name} did not finish (${state.status}): only what it audited is merged.`);

  // Who audited which address first, with which settings.
  const owner = new Map<string, { input: MergeInput; settings: AuditSettings }>();
  const conflicts: string[] = [];
  for (const { input, state, lines } of runs) {
    for (const line of lines) {
      if (line.type === 'journey' || line.url === undefined) continue;
      const first = owner.get(line.url);
      if (!first) owner.set(line.url, { input, settings: state.settings });
      else if (first.input.path !== input.path) {
        const differ = settingsDiffer(first.settings, state.settings);
        if (differ.length)
          conflicts.push(`${first.input.name} and ${input.name} both audited ${line.url} with different settings (${differ.join(', ')})`);
      }
    }
  }
  if (conflicts.length)
    throw new UsageError(
      `Cannot merge: ${conflicts.slice(0, 5).join('; ')}${conflicts.length > 5 ? `; and ${conflicts.length - 5} more` : ''}. ` +
        'Audit them again with the same settings, or merge them separately.',
    );

  await mkdir(out, { recursive: true });
  const target = join(out, STREAM_FILE);
  if (runs.some(({ input }) => resolve(input.path) === resolve(out)))
    throw new UsageError('merge writes a new folder: give an --out that is not one of the folders merged.');
  const merged = await open(target, 'w');
  const taken = new Set<string>();
  try {
    for (const { input, lines } of runs) {
      const source = await open(join(input.path, STREAM_FILE), 'r');
      try {
        // A journey is taken whole (its steps and its closing line) or not at all.
        const journeys = new Map(lines.filter((line) => line.type === 'journey').map((line) => [line.id!, line]));
        for (const line of lines) {
          const key =
            line.journeyId !== undefined
              ? `journey-run:${journeys.get(line.journeyId)?.key}`
              : line.type === 'journey'
                ? `journey-run:${line.key}`
                : line.key;
          if (line.type !== 'journey' && line.journeyId === undefined && taken.has(key)) continue;
          if (line.type === 'journey' && taken.has(`${key}:done`)) continue;
          if (line.journeyId !== undefined && taken.has(`${key}:done`)) continue;
          const buffer = Buffer.alloc(line.length);
          await source.read(buffer, 0, line.length, line.offset);
          await merged.write(buffer);
          taken.add(line.type === 'journey' ? `${key}:done` : key);
        }
      } finally {
        await source.close();
      }
    }
  } finally {
    await merged.close();
  }

  const first = runs[0]!.state;
  const shardKey = (shard: Shard) => `${shard.index}/${shard.total}`;
  const shards = [
    ...new Map(
      runs.flatMap(({ state }) => state.mergedShards ?? (state.shard ? [state.shard] : [])).map((shard) => [shardKey(shard), shard]),
    ).values(),
  ].sort((a, b) => a.total - b.total || a.index - b.index);
  const missing = missingShards(shards);
  if (missing.length) warnings.push(`shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} not among the merged folders.`);
  const now = new Date().toISOString();
  const state: RunState = {
    ...first,
    status: 'finished',
    startedAt: runs.map(({ state: run }) => run.startedAt).sort()[0] ?? now,
    updatedAt:
      runs
        .map(({ state: run }) => run.updatedAt)
        .sort()
        .at(-1) ?? now,
    argv: ['merge', ...inputs.map((input) => input.name)],
    options: { ...first.options, out },
    chromium: [...new Set(runs.map(({ state: run }) => run.chromium))].join(', '),
    shard: null,
    mergedShards: shards,
    mergedFrom: inputs.map((input) => input.name),
    units: null,
    seeds: null,
    unitsInList: Math.max(...runs.map(({ state: run }) => run.unitsInList)),
    notes: [...new Set(runs.flatMap(({ state: run }) => run.notes))],
  };
  await writeState(out, state);
  return { state, warnings };
}

/** Shards of an N-way split that are not among the merged ones (to warn about a partial merge). */
export function missingShards(shards: readonly { index: number; total: number }[]): string[] {
  const totals = [...new Set(shards.map((shard) => shard.total))];
  return totals.flatMap((total) =>
    Array.from({ length: total }, (_, position) => position + 1)
      .filter((index) => !shards.some((shard) => shard.total === total && shard.index === index))
      .map((index) => `${index}/${total}`),
  );
}

/** Reads one output folder, checking audit.json against the audit schema. */
export async function readOutput(dir: string): Promise<RunOutput> {
  const read = async (name: string) => {
    try {
      return JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown;
    } catch (error) {
      throw new Error(`Cannot read ${join(dir, name)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const given = await read('audit.json');
  // The CLI's messages are English by design (its help, errors and warnings on stderr): so is this refusal.
  const problem = schemaProblem(given);
  if (problem) throw new Error(`${join(dir, 'audit.json')} was ${englishProblem(problem)}.`);
  // An earlier version this Dotbogi still reads (schema 1) is brought up to date, as an import is.
  const file = await migrateExportFile(given);
  const parsed = auditExportSchema.safeParse(file);
  if (!parsed.success)
    throw new Error(`${join(dir, 'audit.json')} is not a Dotbogi audit export: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const run = (await read('run.json')) as RunRecord;
  if (run?.format !== 'dotbogi-audit-run') throw new Error(`${join(dir, 'run.json')} was not written by the audit CLI.`);
  return { audits: parsed.data as AuditExport, run };
}
