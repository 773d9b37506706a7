/**
 * One unit everywhere (issue #17 item 1): a journey's totals — findings (a rule failing on a page),
 * places (elements), 확인 필요 — read back from the CLI's summary and from every export.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { reportHtml } from '@/components/report/static-html';
import { formatSummary } from '@/utils/audit/cli/summary';
import { runReports } from '@/utils/audit/cli/reports';
import type { AuditExport, Finding } from '../audit/types.ts';
import { buildReport } from './build-report.ts';
import { exportFile } from './export/format.ts';
import { formatById } from './export/registry.ts';
import { SYNTHETIC_RULES, syntheticFinding, syntheticJourney } from '@/tests/kits/report/synthetic-audits.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';
import { parseCsv } from '@/tests/kits/report/csv.ts';

const t = reportTranslator('en');

/** 4 pages: every rule on every page, two components of one rule on a page, reviews, and a journey check on two pages. */
function journey() {
  const { journey, pages } = syntheticJourney(4);
  const withMore = pages.map((page, step) => ({
    ...page,
    findings: [
      ...page.findings,
      syntheticFinding(SYNTHETIC_RULES[0]!, `second-component-${step}`, 2),
      syntheticFinding(SYNTHETIC_RULES[2]!, `review-${step}`, 1 + step, 'needs-review'),
    ],
  }));
  const help: Finding = {
    ...syntheticFinding({ ...SYNTHETIC_RULES[0]!, ruleId: 'consistent-help', source: 'dotbogi', kwcag: '3.2.2' }, 'journey', 0),
    nodes: [1, 3].map((step) => ({
      target: [withMore[step]!.url],
      frame: 0,
      snippet: '',
      message: `${step + 1}. help moved`,
      templateSignature: 'journey',
    })),
  };
  return { journey: { ...journey, findings: [help] }, pages: withMore };
}

describe('every view and export states the same numbers', async () => {
  const source = journey();
  const report = buildReport({ kind: 'journey', ...source });
  const { findings, places, reviewFindings, reviewPlaces } = report.counts;
  const context = { report, t, language: 'en', dir: 'ltr' as const, journeys: [source.journey], pages: source.pages };
  const file = async (id: string) => (await exportFile(formatById(id), context)).content;
  const totals = `Findings: ${findings} (places: ${places}) · To review: ${reviewFindings} (places: ${reviewPlaces})`;

  it('counts a rule failing on a page once, its elements as places, and a journey check once per page it names', () => {
    // 10 rules × 4 pages, plus consistent-help on 2 pages; image-alt's second component adds places, not findings.
    expect(findings).toBe(42);
    // Each synthetic page: 5 template findings × 3 elements + 5 of its own × (1 + step % 3); then 2 more per page, and 2 for consistent-help.
    expect(places).toBe(20 + 25 + 30 + 20 + 4 * 2 + 2);
    expect(reviewFindings).toBe(4);
    expect(reviewPlaces).toBe(1 + 2 + 3 + 4);
    expect(report.steps.reduce((sum, step) => sum + step.findings, 0)).toBe(findings);
    expect(report.rules.reduce((sum, rule) => sum + rule.allPlaces.filter((place) => place.outcome === 'failed').length, 0)).toBe(places);
  });

  it('the CLI summary', () => {
    const audits: AuditExport = {
      format: 'dotbogi-audits',
      schemaVersion: source.journey.schemaVersion,
      exportedAt: '2026-01-01T00:00:00.000Z',
      journeys: [source.journey],
      pages: source.pages,
    };
    const run = {
      format: 'dotbogi-audit-run' as const,
      startedAt: '',
      finishedAt: '',
      chromium: '',
      shards: [],
      pagesRequested: 4,
      failures: [],
      labels: {},
    };
    const text = formatSummary(audits, runReports({ audits, run }), run, t);
    expect(text).toContain(`Pages: 4 · ${totals}`);
  });

  it('the HTML (the report page’s own components) and the one-page summary', async () => {
    for (const html of [reportHtml(context), (await file('summary')) as string]) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelector('.totals')?.textContent).toContain(totals);
    }
  });

  it('the Markdown', async () => {
    expect(await file('markdown')).toContain(totals.replace(/[()·.]/g, (char) => `\\${char}`).replace(/\\·/g, '·'));
  });

  it('the CSV: one row per place; distinct rule × step among failed rows are the findings', async () => {
    const [header, ...rows] = parseCsv((await file('csv')) as string);
    // Every row has a cell under every heading.
    expect(rows.filter((row) => row.length !== header!.length)).toEqual([]);
    const col = (name: string) => header!.indexOf(name);
    expect(new Set(rows.map((row) => row[col('Confidence')]))).toEqual(new Set(['Certain', 'A person must check']));
    const failed = rows.filter((row) => row[col('Level')] !== 'To review');
    expect(failed).toHaveLength(places);
    expect(new Set(failed.map((row) => `${row[col('Rule')]}|${row[col('Step')]}`)).size).toBe(findings);
    expect(rows.length - failed.length).toBe(reviewPlaces);
  });

  it('SARIF: one result per finding, one location per place', async () => {
    const log = JSON.parse((await file('sarif')) as string) as {
      runs: { results: { kind: string; locations: { logicalLocations: unknown[] }[] }[]; properties: { counts: { findings: number } } }[];
    };
    const results = log.runs[0]!.results;
    const fail = results.filter((result) => result.kind === 'fail');
    expect(fail).toHaveLength(findings);
    expect(fail.reduce((sum, result) => sum + result.locations[0]!.logicalLocations.length, 0)).toBe(places);
    expect(results.filter((result) => result.kind === 'review')).toHaveLength(reviewFindings);
    expect(log.runs[0]!.properties.counts.findings).toBe(findings);
  });

  it('JSON: the audits themselves, whose failing rules per page and elements are the same numbers', async () => {
    const json = JSON.parse((await file('json')) as string) as AuditExport;
    const pairs = new Set<string>();
    let elements = 0;
    for (const page of json.pages) {
      for (const finding of page.findings.filter((entry) => entry.outcome === 'failed')) {
        pairs.add(`${page.url}|${finding.ruleId}`);
        elements += finding.nodes.length;
      }
    }
    for (const finding of json.journeys.flatMap((entry) => entry.findings)) {
      for (const node of finding.nodes) pairs.add(`${node.target[0]}|${finding.ruleId}`);
      elements += finding.nodes.length;
    }
    expect(pairs.size).toBe(findings);
    expect(elements).toBe(places);
  });

  it('the Excel workbook: its summary sheet, one findings row per finding, one places row per place', async () => {
    const zip = unzipSync((await file('xlsx')) as Uint8Array);
    const strings = [...strFromU8(zip['xl/sharedStrings.xml']!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((match) => match[1]!);
    const sheet = (n: number) => strFromU8(zip[`xl/worksheets/sheet${n}.xml`]!);
    const rows = (n: number) => [...sheet(n).matchAll(/<row /g)].length - 1;
    expect(strings.some((text) => text.includes(totals))).toBe(true);
    expect(rows(2)).toBe(33);
    // Findings sheet: one row per rule × step, failed or to review.
    expect(rows(3)).toBe(report.rules.reduce((sum, rule) => sum + rule.steps.length, 0));
    expect(rows(4)).toBe(places + reviewPlaces);
  });
});
