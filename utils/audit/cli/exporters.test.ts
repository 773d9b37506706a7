import { describe, expect, it } from 'vitest';
import { samplePageAudit } from '@/tests/kits/sample-audit.ts';
import { SCHEMA_VERSION, type Journey } from '../types.ts';
import { reportFiles } from './exporters.ts';
import { runReports } from './reports.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';
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
    const files = await reportFiles(output, runReports(output), ['json', 'html', 'csv', 'sarif', 'markdown'], {
      t: reportTranslator('ko'),
      language: 'ko',
    });
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
    // The after report carries the comparison with the before one, in every format.
    const after = JSON.parse(files.find((file) => file.name === 'report-after.sarif')!.content as string) as {
      runs: { results: { baselineState?: string }[] }[];
    };
    expect(after.runs[0]!.results.map((result) => result.baselineState)).toContain('absent');
    expect(files.find((file) => file.name === 'report-after.csv')!.content).toContain('해결');
    expect(files.find((file) => file.name === 'report-after.md')!.content).toContain('개선 전 → 후');
  });

  it('compares every report with its counterpart in an earlier run (--baseline): journeys by label, pages by address', () => {
    const later: RunOutput = {
      ...output,
      audits: { ...output.audits, pages: output.audits.pages.map((page) => (page.id === 'solo' ? { ...page, findings: [] } : page)) },
    };
    const reports = runReports(later, output);
    expect(reports.map((entry) => [entry.label, entry.compare?.comparison.counts])).toEqual([
      ['before', { fixed: 0, improved: 0, remaining: 1, new: 0 }],
      ['after', { fixed: 0, improved: 0, remaining: 0, new: 0 }],
      ['page-1', { fixed: 1, improved: 0, remaining: 0, new: 0 }],
    ]);
  });

  it('shows a journey step that could not be audited in its place, as not audited', () => {
    const failed: RunOutput = {
      ...output,
      run: {
        ...output.run,
        failures: [
          { given: 'x', url: 'https://demo.gov.kr/pay', error: 'HTTP 502', journey: '등본 j-before', journeyId: 'j-before', step: 0 },
        ],
      },
    };
    const before = runReports(failed).find((entry) => entry.label === 'before')!;
    expect(before.report.steps.map((step) => step.status)).toEqual(['not-audited', 'complete']);
    expect(before.report.steps[0]!.reason).toBe('HTTP 502');
  });

  it('writes nothing but audit.json when only json is asked for', async () => {
    expect(await reportFiles(output, runReports(output), ['json'], { t: reportTranslator('ko'), language: 'ko' })).toEqual([]);
  });
});
