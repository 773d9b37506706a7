import { describe, expect, it } from 'vitest';
import { samplePageAudit } from '@/tests/kits/sample-audit.ts';
import { SCHEMA_VERSION, type AuditExport, type Finding, type Journey } from '../types.ts';
import { formatSummary, reachesLevel, summarize } from './summary.ts';

const finding = (id: string, severity: Finding['severity'], outcome: Finding['outcome'] = 'failed'): Finding => ({
  ...samplePageAudit().findings[0]!,
  id,
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
    samplePageAudit({ id: 'b1', findings: [finding('1', 'critical'), finding('2', 'serious'), finding('3', 'minor', 'needs-review')] }),
    samplePageAudit({ id: 'b2', findings: [finding('1', 'critical')] }),
    samplePageAudit({ id: 'a1', findings: [finding('4', 'moderate')] }),
    samplePageAudit({ id: 'x', findings: [] }),
  ],
};
const run = {
  failures: [{ given: 'http://unreachable.test/', url: 'http://unreachable.test/', error: 'the server answered HTTP 502' }],
  labels: { b: 'before', a: 'after' },
};

describe('the run summary', () => {
  it('counts failed findings by severity per journey, single pages and in total', () => {
    const summary = summarize(audits, run);
    expect(summary.groups.map((group) => [group.name, group.pages, group.failed, group.needsReview])).toEqual([
      ['등본 b', 2, { critical: 2, serious: 1, moderate: 0, minor: 0 }, 1],
      ['등본 a', 1, { critical: 0, serious: 0, moderate: 1, minor: 0 }, 0],
      ['single pages', 1, { critical: 0, serious: 0, moderate: 0, minor: 0 }, 0],
    ]);
    expect(summary.total.failed).toEqual({ critical: 2, serious: 1, moderate: 1, minor: 0 });
  });

  it('prints the before → after comparison and every page that could not be audited', () => {
    const text = formatSummary(summarize(audits, run), run);
    expect(text).toContain('Audited 4 pages; 1 could not be audited');
    expect(text).toContain('Before → after: 3 → 1 failed findings (-2); critical+serious 3 → 0.');
    expect(text).toContain('✗ http://unreachable.test/: the server answered HTTP 502');
  });

  it('decides --fail-on from the worst failed finding; needs-review never fails a run', () => {
    const only = (findings: Finding[]): AuditExport => ({ ...audits, journeys: [], pages: [samplePageAudit({ findings })] });
    expect(reachesLevel(only([finding('1', 'moderate')]), 'serious')).toBe(false);
    expect(reachesLevel(only([finding('1', 'moderate')]), 'moderate')).toBe(true);
    expect(reachesLevel(only([finding('1', 'moderate')]), 'minor')).toBe(true);
    expect(reachesLevel(only([finding('1', 'critical', 'needs-review')]), 'minor')).toBe(false);
  });
});
