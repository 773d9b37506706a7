import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { compareReports, stepStatus } from './compare.ts';
import { SYNTHETIC_RULES, syntheticFinding, syntheticPage } from '@/tests/kits/report/synthetic-audits.ts';
import { SCHEMA_VERSION, type Finding, type Journey, type PageAudit } from '../audit/types.ts';

const page = (findings: Finding[]): PageAudit => ({ ...syntheticPage(0, 0), findings });
const [imageAlt, label, contrast] = SYNTHETIC_RULES;

describe('compareReports', () => {
  it('classifies each rule as fixed, improved, remaining or new, and counts findings before and after', () => {
    const before = buildReport({
      kind: 'page',
      audit: page([syntheticFinding(imageAlt!, 'a', 2), syntheticFinding(label!, 'b', 5), syntheticFinding(contrast!, 'c', 3)]),
    });
    const after = buildReport({
      kind: 'page',
      audit: page([syntheticFinding(label!, 'b', 2), syntheticFinding(contrast!, 'c', 3), syntheticFinding(SYNTHETIC_RULES[3]!, 'd', 1)]),
    });
    const comparison = compareReports(before, after);
    expect(Object.fromEntries(comparison.rules.map((change) => [change.ruleId, change.status]))).toEqual({
      'image-alt': 'fixed',
      label: 'improved',
      'color-contrast': 'remaining',
      'link-name': 'new',
    });
    expect(comparison.counts).toEqual({ fixed: 1, improved: 1, remaining: 1, new: 1 });
    expect(comparison.before.findings).toBe(3);
    expect(comparison.after.findings).toBe(3);
  });

  it('matches a component the redesign renamed by its template, so nothing is both fixed and new', () => {
    const old = syntheticFinding(label!, 'old-id', 2);
    const renamed = { ...syntheticFinding(label!, 'new-id', 2), nodes: old.nodes.map((node) => ({ ...node, target: ['#renamed'] })) };
    const comparison = compareReports(
      buildReport({ kind: 'page', audit: page([old]) }),
      buildReport({ kind: 'page', audit: page([renamed]) }),
    );
    expect(comparison.rules).toHaveLength(1);
    expect(comparison.rules[0]!.status).toBe('remaining');
    expect(comparison.rules[0]!.components.map((pair) => pair.status)).toEqual(['remaining']);
  });

  it('gives each page of a rule its own status, for CSV rows and SARIF results', () => {
    const two = (nodes: [number, number]) => ({
      kind: 'journey' as const,
      journey: { ...syntheticJourneyShell(), pages: ['p0', 'p1'] },
      pages: nodes.map((count, index) => ({ ...page(count > 0 ? [syntheticFinding(label!, `s${index}`, count)] : []), id: `p${index}` })),
    });
    const comparison = compareReports(buildReport(two([2, 3])), buildReport(two([0, 3])));
    const change = comparison.rules[0]!;
    expect(stepStatus(change, 0)).toBe('fixed');
    expect(stepStatus(change, 1)).toBe('remaining');
  });

  it('says whether the two share a page: a redesign keeps its file names, two services share none', () => {
    const at = (url: string, title: string): PageAudit => ({ ...page([syntheticFinding(label!, 'b', 1)]), url, title });
    const report = (audit: PageAudit) => buildReport({ kind: 'page', audit });
    const before = report(at('https://demo.gov.kr/before/resident-copy/apply.html', '정부24'));
    const after = report(at('https://demo.gov.kr/after/resident-copy/apply.html', '주민등록표 등본 발급 - 1단계 신청서 작성 | 정부24'));
    expect(compareReports(before, after).related).toBe(true);
    const other = report(at('https://demo.gov.kr/move-in/report.html', '전입신고'));
    expect(compareReports(before, other).related).toBe(false);
    // Both sides are still compared: the earlier side's rule is not dropped.
    expect(compareReports(before, other).rules.map((change) => change.ruleId)).toEqual(['label']);
  });
});

function syntheticJourneyShell(): Journey {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'j',
    name: 'j',
    tabId: 1,
    status: 'stopped' as const,
    startedAt: '2026-01-01T00:00:00.000Z',
    endedAt: null,
    pages: [],
    findings: [],
    kwcag: [],
  };
}
