import { describe, expect, it } from 'vitest';
import { samplePageAudit } from '@/tests/kits/sample-audit.ts';
import { SCHEMA_VERSION, type Journey } from '../types.ts';
import { reportFiles } from './exporters.ts';
import type { RunOutput } from './merge.ts';

const journey = (id: string, pages: string[]): Journey => ({
  schemaVersion: SCHEMA_VERSION,
  id,
  name: `등본 ${id}`,
  tabId: 1,
  status: 'stopped',
  startedAt: '2026-11-27T00:00:00.000Z',
  endedAt: '2026-11-27T00:01:00.000Z',
  pages,
  findings: [],
  kwcag: [],
});

const output: RunOutput = {
  audits: {
    format: 'dotbogi-audits',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: '2026-11-27T00:02:00.000Z',
    journeys: [journey('j-before', ['b1']), journey('j-after', ['a1'])],
    pages: [
      samplePageAudit({ id: 'b1', journeyId: 'j-before' }),
      samplePageAudit({ id: 'a1', journeyId: 'j-after', findings: [] }),
      samplePageAudit({ id: 'solo' }),
    ],
  },
  run: {
    format: 'dotbogi-audit-run',
    startedAt: '2026-11-27T00:00:00.000Z',
    finishedAt: '2026-11-27T00:02:00.000Z',
    chromium: 'Chromium',
    shards: [],
    pagesRequested: 3,
    failures: [],
    labels: { 'j-before': 'before', 'j-after': 'after' },
  },
};

describe('report files of a CLI run', () => {
  it('writes one report per journey and per page outside a journey, in each asked format, from the report module', async () => {
    const files = await reportFiles(output, ['json', 'html', 'csv', 'sarif', 'markdown'], { root: process.cwd(), language: 'ko' });
    expect(files.map((file) => file.name)).toEqual([
      'report-before.html',
      'report-before.csv',
      'report-before.sarif',
      'report-before.md',
      'report-after.html',
      'report-after.csv',
      'report-after.sarif',
      'report-after.md',
      'report-page-1.html',
      'report-page-1.csv',
      'report-page-1.sarif',
      'report-page-1.md',
    ]);
    const sarif = JSON.parse(files.find((file) => file.name === 'report-before.sarif')!.content as string) as {
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toContain('image-alt');
  });

  it('writes nothing but audit.json when only json is asked for', async () => {
    expect(await reportFiles(output, ['json'], { root: process.cwd(), language: 'ko' })).toEqual([]);
  });
});
