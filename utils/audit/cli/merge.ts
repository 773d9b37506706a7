import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditExportSchema } from '../schema.ts';
import { SCHEMA_VERSION, type AuditExport } from '../types.ts';
import type { RunRecord } from './record.ts';

export interface RunOutput {
  audits: AuditExport;
  run: RunRecord;
}

/**
 * Combines the outputs of shards (or of any runs) into one. Pages and journeys keep their ids,
 * so a folder given twice is counted once. Order: the order of the folders, then within each.
 */
export function mergeOutputs(outputs: readonly RunOutput[], exportedAt: string): RunOutput {
  const pages = new Map<string, AuditExport['pages'][number]>();
  const journeys = new Map<string, AuditExport['journeys'][number]>();
  for (const { audits } of outputs) {
    for (const page of audits.pages) if (!pages.has(page.id)) pages.set(page.id, page);
    for (const journey of audits.journeys) if (!journeys.has(journey.id)) journeys.set(journey.id, journey);
  }
  const runs = outputs.map((output) => output.run);
  const shardKey = (shard: { index: number; total: number }) => `${shard.index}/${shard.total}`;
  const shards = [...new Map(runs.flatMap((run) => run.shards).map((shard) => [shardKey(shard), shard])).values()].sort(
    (a, b) => a.total - b.total || a.index - b.index,
  );
  const seenFailures = new Set<string>();
  return {
    audits: {
      format: 'dotbogi-audits',
      schemaVersion: SCHEMA_VERSION,
      exportedAt,
      journeys: [...journeys.values()],
      pages: [...pages.values()],
    },
    run: {
      format: 'dotbogi-audit-run',
      startedAt: runs.map((run) => run.startedAt).sort()[0] ?? exportedAt,
      finishedAt:
        runs
          .map((run) => run.finishedAt)
          .sort()
          .at(-1) ?? exportedAt,
      chromium: [...new Set(runs.map((run) => run.chromium))].join(', '),
      shards,
      pagesRequested: runs.reduce((sum, run) => sum + run.pagesRequested, 0),
      failures: runs
        .flatMap((run) => run.failures)
        .filter((failure) => {
          const key = `${failure.url}\n${failure.journey ?? ''}`;
          if (seenFailures.has(key)) return false;
          seenFailures.add(key);
          return true;
        }),
      labels: Object.assign({}, ...runs.map((run) => run.labels)) as Record<string, string>,
    },
  };
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
  const file = await read('audit.json');
  const version = (file as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION)
    throw new Error(
      `${join(dir, 'audit.json')} was written with audit schema version ${version}; this Dotbogi reads version ${SCHEMA_VERSION}. Audit those pages again to compare with them.`,
    );
  const parsed = auditExportSchema.safeParse(file);
  if (!parsed.success)
    throw new Error(`${join(dir, 'audit.json')} is not a Dotbogi audit export: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const run = (await read('run.json')) as RunRecord;
  if (run?.format !== 'dotbogi-audit-run') throw new Error(`${join(dir, 'run.json')} was not written by the audit CLI.`);
  return { audits: parsed.data as AuditExport, run };
}
