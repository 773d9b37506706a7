import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePageAudit } from '@/tests/kits/sample-audit.ts';
import { SCHEMA_VERSION, type AuditExport, type Journey } from '../types.ts';
import { mergeOutputs, missingShards, readOutput, type RunOutput } from './merge.ts';
import { writeOutputs } from './output.ts';
import type { RunRecord } from './record.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';

function shardOutput(index: number, total: number, pageIds: string[], journey?: Journey): RunOutput {
  const audits: AuditExport = {
    format: 'dotbogi-audits',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: `2026-11-27T0${index}:00:00.000Z`,
    journeys: journey ? [journey] : [],
    pages: pageIds.map((id) =>
      samplePageAudit({ id, url: `https://demo.gov.kr/${id}.html`, journeyId: journey?.pages.includes(id) ? journey.id : null }),
    ),
  };
  const run: RunRecord = {
    format: 'dotbogi-audit-run',
    startedAt: `2026-11-27T0${index}:00:00.000Z`,
    finishedAt: `2026-11-27T0${index}:05:00.000Z`,
    chromium: 'Chromium 140',
    shards: [{ index, total }],
    pagesRequested: pageIds.length + 1,
    failures: [
      {
        given: `https://down-${index}.example/`,
        url: `https://down-${index}.example/`,
        error: 'could not load the page: net::ERR_NAME_NOT_RESOLVED',
      },
    ],
    labels: journey ? { [journey.id]: 'before' } : {},
  };
  return { audits, run };
}

const journey: Journey = {
  schemaVersion: SCHEMA_VERSION,
  id: 'journey-1',
  name: '등본',
  tabId: 3,
  status: 'stopped',
  startedAt: '2026-11-27T01:00:00.000Z',
  endedAt: '2026-11-27T01:01:00.000Z',
  pages: ['p1', 'p2'],
  findings: [],
  kwcag: [],
};

describe('merging shard outputs', () => {
  it('combines pages, journeys, failures and shards of every folder into one export', () => {
    const merged = mergeOutputs([shardOutput(1, 2, ['p1', 'p2'], journey), shardOutput(2, 2, ['p3'])], '2026-11-27T09:00:00.000Z');
    expect(merged.audits.pages.map((page) => page.id)).toEqual(['p1', 'p2', 'p3']);
    expect(merged.audits.journeys.map((entry) => entry.id)).toEqual(['journey-1']);
    expect(merged.audits.exportedAt).toBe('2026-11-27T09:00:00.000Z');
    expect(merged.run.shards).toEqual([
      { index: 1, total: 2 },
      { index: 2, total: 2 },
    ]);
    expect(merged.run.failures.map((failure) => failure.url)).toEqual(['https://down-1.example/', 'https://down-2.example/']);
    expect(merged.run.pagesRequested).toBe(5);
    expect(merged.run.startedAt).toBe('2026-11-27T01:00:00.000Z');
    expect(merged.run.finishedAt).toBe('2026-11-27T02:05:00.000Z');
    expect(merged.run.labels).toEqual({ 'journey-1': 'before' });
    expect(missingShards(merged.run.shards)).toEqual([]);
  });

  it('counts a folder given twice once', () => {
    const once = shardOutput(1, 2, ['p1', 'p2'], journey);
    const merged = mergeOutputs([once, once], '2026-11-27T09:00:00.000Z');
    expect(merged.audits.pages).toHaveLength(2);
    expect(merged.audits.journeys).toHaveLength(1);
    expect(merged.run.failures).toHaveLength(1);
  });

  it('names the shards missing from a partial merge', () => {
    expect(missingShards([{ index: 2, total: 4 }])).toEqual(['1/4', '3/4', '4/4']);
  });

  it('reads back what a shard wrote, and refuses a folder that is not a CLI output or is of another schema version', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dotbogi-merge-'));
    try {
      const output = shardOutput(1, 1, ['p1']);
      await writeOutputs(join(dir, 'shard'), output, [], ['json'], { t: reportTranslator('ko'), language: 'ko' });
      expect(await readOutput(join(dir, 'shard'))).toEqual(output);
      await expect(readOutput(join(dir, 'missing'))).rejects.toThrow(/Cannot read .*audit\.json/);
      await writeOutputs(join(dir, 'old'), { ...output, audits: { ...output.audits, schemaVersion: 0 as never } }, [], ['json'], {
        t: reportTranslator('ko'),
        language: 'ko',
      });
      await expect(readOutput(join(dir, 'old'))).rejects.toThrow(/written with audit schema version 0; this Dotbogi reads version \d/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
