import { describe, expect, it } from 'vitest';
import { samplePageAudit } from '@/tests/kits/sample-audit.ts';
import { SCHEMA_VERSION, type AuditExport, type Finding, type Journey } from '../types.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';
import { englishSentences } from '@/tests/kits/report/english.ts';
import { runReports } from './reports.ts';
import { formatSummary, reachesLevel } from './summary.ts';
import type { RunOutput } from './merge.ts';

const finding = (id: string, ruleId: string, severity: Finding['severity'], outcome: Finding['outcome'] = 'failed'): Finding => ({
  ...samplePageAudit().findings[0]!,
  id,
  ruleId,
  severity,
  outcome,
});

function journey(id: string, pages: string[]): Journey {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    name: `등본 ${id}`,
    tabId: 1,
    status: 'stopped',
    startedAt: '',
    endedAt: '',
    pages,
    findings: [],
    kwcag: [],
  };
}

const audits: AuditExport = {
  format: 'dotbogi-audits',
  schemaVersion: SCHEMA_VERSION,
  exportedAt: '2026-11-27T00:00:00.000Z',
  journeys: [journey('b', ['b1', 'b2']), journey('a', ['a1'])],
  pages: [
    // Two components of one rule on one page are one finding with two places' worth of elements.
    samplePageAudit({
      id: 'b1',
      findings: [
        finding('1', 'image-alt', 'critical'),
        finding('2', 'image-alt', 'critical'),
        finding('3', 'region', 'minor', 'needs-review'),
      ],
    }),
    samplePageAudit({ id: 'b2', findings: [finding('1', 'image-alt', 'critical')] }),
    samplePageAudit({ id: 'a1', findings: [finding('4', 'label', 'moderate')] }),
    samplePageAudit({ id: 'x', findings: [] }),
  ],
};
const run: RunOutput['run'] = {
  format: 'dotbogi-audit-run',
  startedAt: '',
  finishedAt: '',
  chromium: '',
  shards: [],
  pagesRequested: 5,
  failures: [{ given: 'http://unreachable.test/', url: 'http://unreachable.test/', error: 'the server answered HTTP 502' }],
  labels: { b: 'before', a: 'after' },
};

describe('the run summary', () => {
  const reports = runReports({ audits, run });

  it('states each report’s totals in the report’s unit and words: findings are rules failing on a page', () => {
    const text = formatSummary(audits, reports, run, reportTranslator('en'));
    expect(text).toContain('Audited 4 pages. 1 could not be audited (see below).');
    expect(text).toContain('Findings: each one is one rule failing on one page.');
    expect(text).toContain('등본 b (before): Pages: 2 · Findings: 2 (places: 3) · To review: 1 (places: 1) · Rules: 1');
    expect(text).toContain('등본 a (after): Pages: 1 · Findings: 1 (places: 1) · To review: 0 (places: 0) · Rules: 1');
    expect(text).toContain('Total: Pages: 4 · Findings: 3 (places: 4)');
    expect(text).toContain('Before → after — 등본 a: Findings: 2 → 1 (places: 3 → 1); Rules: Fixed 1, Improved 0, Remaining 0, New 1');
    expect(text).toContain('✗ http://unreachable.test/: the server answered HTTP 502');
  });

  it('speaks the reports’ language: a Korean run’s summary has no English sentence but the CLI’s notes and failure reasons', () => {
    const text = formatSummary(audits, reports, { ...run, notes: ['robots.txt disallows 2 pages.'] }, reportTranslator('ko'));
    expect(text).toContain('페이지 4개를 검사했습니다. 1개는 검사하지 못했습니다(아래 참고).');
    expect(text).toContain('Note: robots.txt disallows 2 pages.');
    // Failure reasons and notes are the CLI's technical text (as in run.json); every other line is Korean.
    const own = text
      .split('\n')
      .filter((line) => !line.startsWith('✗ ') && !line.startsWith('Note: '))
      .join('\n');
    expect(englishSentences(own, [])).toEqual([]);
  });

  it('decides --fail-on from the worst failed finding; needs-review never fails a run', () => {
    const only = (findings: Finding[]): AuditExport => ({ ...audits, journeys: [], pages: [samplePageAudit({ findings })] });
    expect(reachesLevel(only([finding('1', 'x', 'moderate')]), 'serious')).toBe(false);
    expect(reachesLevel(only([finding('1', 'x', 'moderate')]), 'moderate')).toBe(true);
    expect(reachesLevel(only([finding('1', 'x', 'moderate')]), 'minor')).toBe(true);
    expect(reachesLevel(only([finding('1', 'x', 'critical', 'needs-review')]), 'minor')).toBe(false);
  });
});
