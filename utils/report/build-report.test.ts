import { describe, expect, it } from 'vitest';
import { buildReport, buildReportInSlices, combineMatrices } from './build-report.ts';
import { compareReports } from './compare.ts';
import {
  SYNTHETIC_RULES,
  syntheticFinding,
  syntheticId,
  syntheticJourney,
  syntheticPage,
  type SyntheticRule,
} from '@/tests/kits/report/synthetic-audits.ts';
import type { PageAudit } from '../audit/types.ts';

const journeyOf = (pages: number) => ({ kind: 'journey' as const, ...syntheticJourney(pages) });
const rule = (ruleId: string): SyntheticRule => ({
  ruleId,
  severity: 'serious',
  personas: ['older'],
  kwcag: '3.3.2',
  wcag: '3.3.2',
  source: 'dotbogi',
});

describe('buildReport', () => {
  it('merges a template finding repeated on every page into one, with its counts', () => {
    const report = buildReport(journeyOf(4));
    const alt = report.findings.find((finding) => finding.id === syntheticId('image-alt', 'template0'))!;
    expect(alt.occurrences.map((occurrence) => occurrence.step)).toEqual([0, 1, 2, 3]);
    expect(alt.instances).toBe(12);
    // 5 template findings + 5 of each page's own on 4 pages.
    expect(report.findings).toHaveLength(5 + 20);
    expect(report.steps[2]!.findingIds).toHaveLength(10);
  });

  it('ranks findings by score, highest first, and phrases each as a service change', () => {
    const report = buildReport(journeyOf(3));
    const scores = report.findings.map((finding) => finding.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(report.findings.find((finding) => finding.ruleId === 'session-time-limit')!.recommendation.text).toBe('timeLimit');
    expect(report.findings.find((finding) => finding.ruleId === 'bypass')!.recommendation.krds?.en).toBe('Skip link');
    expect(report.findings.find((finding) => finding.ruleId === 'bypass')!.score).toBeGreaterThan(0);
  });

  it('names who is hurt most and the five changes that would help most', () => {
    const report = buildReport(journeyOf(3));
    expect(report.personas[0]!.persona).toBe('older');
    expect(report.personas.map((row) => row.persona)).toHaveLength(6);
    expect(report.topChanges).toHaveLength(5);
    expect(new Set(report.topChanges.map((change) => change.recommendation.text)).size).toBe(5);
  });

  it('counts a journey-level finding once, as belonging to the whole task', () => {
    const { journey, pages } = syntheticJourney(3);
    const help = syntheticFinding(rule('consistent-help'), 'journey', 0);
    const report = buildReport({ kind: 'journey', journey: { ...journey, findings: [help] }, pages });
    const merged = report.findings.find((finding) => finding.id === help.id)!;
    expect(merged.journeyWide).toBe(true);
    expect(merged.recommendation.text).toBe('consistentHelp');
  });

  it('puts friction per step: time limits, fields, and real users’ signals for that page', () => {
    const page: PageAudit = {
      ...syntheticPage(0, 0),
      findings: [syntheticFinding(rule('session-time-limit'), 't', 1)],
      facts: {
        help: [],
        fields: Array.from({ length: 23 }, (_, i) => ({ purpose: 'x', label: `f${i}`, name: `f${i}`, autocomplete: '', type: 'text' })),
      },
    };
    const report = buildReport(
      { kind: 'page', audit: page },
      {
        signals: [
          {
            where: { host: new URL(page.url).hostname, path: new URL(page.url).pathname },
            guideId: 'g',
            stepId: 'a',
            kind: 'stuck',
            count: 3,
          },
          { where: { host: 'elsewhere.go.kr', path: '/*' }, guideId: 'g', stepId: 'b', kind: 'stuck', count: 9 },
        ],
      },
    );
    expect(report.steps[0]!.friction).toEqual({ timeLimits: 1, newWindows: 0, installs: 0, authentication: 0, fields: 23 });
    expect(report.steps[0]!.signals.map((signal) => [signal.stepId, signal.count])).toEqual([['a', 3]]);
  });

  it('takes the worst KWCAG status over the pages while a journey has no matrix of its own', () => {
    const matrix = combineMatrices([
      [{ item: '1.1.1', clause: '5.1.1', status: 'automated-pass', rules: ['image-alt'] }],
      [{ item: '1.1.1', clause: '5.1.1', status: 'fail', rules: ['area-alt'] }],
      [{ item: '1.1.1', clause: '5.1.1', status: 'needs-review', rules: [] }],
    ]);
    expect(matrix).toEqual([{ item: '1.1.1', clause: '5.1.1', status: 'fail', rules: ['image-alt', 'area-alt'] }]);
  });

  it('states coverage: pages, frames, what was skipped and what needs a person', () => {
    const page: PageAudit = {
      ...syntheticPage(0),
      coverage: {
        framesAudited: 2,
        framesSkipped: [{ url: 'https://pay.example/frame', reason: 'cross-origin', kind: 'no-permission' }],
        errors: [],
        manualOnly: ['1.3.2'],
        notTested: ['login'],
      },
    };
    const coverage = buildReport({ kind: 'page', audit: page }).coverage;
    expect(coverage.framesAudited).toBe(2);
    expect(coverage.skipped).toEqual([{ page: page.url, url: 'https://pay.example/frame', reason: 'cross-origin', kind: 'no-permission' }]);
    expect(coverage.manualOnly).toEqual(['1.3.2']);
    expect(coverage.rulesRun).toBe(SYNTHETIC_RULES.length);
  });
});

describe('compareReports', () => {
  it('lists fixed, new and persisting findings by stable id', () => {
    const before = buildReport({ kind: 'page', audit: syntheticPage(0) });
    const repaired: PageAudit = {
      ...syntheticPage(0),
      findings: [
        ...syntheticPage(0).findings.filter((finding) => finding.ruleId !== 'image-alt'),
        syntheticFinding(rule('target-size'), 'new', 1),
      ],
    };
    const comparison = compareReports(before, buildReport({ kind: 'page', audit: repaired }));
    expect(comparison.fixed.map((finding) => finding.ruleId)).toEqual(['image-alt']);
    expect(comparison.added.map((finding) => finding.ruleId)).toEqual(['target-size']);
    expect(comparison.persisting).toHaveLength(9);
  });
});

describe('buildReportInSlices', () => {
  it('builds the same report as buildReport, pausing between slices of pages', async () => {
    const source = { kind: 'journey' as const, ...syntheticJourney(45) };
    let pauses = 0;
    const progress: number[] = [];
    const sliced = await buildReportInSlices(
      source,
      {},
      {
        pause: async () => {
          pauses += 1;
        },
        onProgress: (done, total) => progress.push(done / total),
      },
    );
    expect(sliced).toEqual(buildReport(source));
    expect(pauses).toBeGreaterThanOrEqual(3);
    // Progress only grows, and reaches every page before the report is done.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });
});
