import type { Translate } from '../../report/translate.ts';
import { levelCounts, totalsLine } from '../../report/words.ts';
import { SEVERITIES, type AuditExport, type Severity } from '../types.ts';
import type { RunRecord } from './record.ts';
import type { Comparison, Report, ReportRule } from '../../report/types.ts';
import { displayName } from './targets.ts';

/** What the summary needs of a report (a long run keeps only this of each, not the whole report). */
export interface SummaryEntry {
  name: string;
  runLabel?: string;
  source: { kind: 'page' | 'journey' };
  report: { counts: Report['counts']; rules: readonly Pick<ReportRule, 'ruleId' | 'findings'>[] };
  compare?: { comparison: Comparison };
}

/** Failures listed one a line in the summary; run.json lists them all. */
const LISTED_FAILURES = 50;

/**
 * The summary printed at the end of a run: each report's numbers in the report's own words and
 * unit (a finding is one rule failing on one page; its places are the elements), exactly as the
 * report files state them — the same built reports produce both.
 */
export function formatSummary(
  audits: { pages: readonly Pick<AuditExport['pages'][number], 'status'>[] },
  reports: readonly SummaryEntry[],
  run: Pick<RunRecord, 'failures' | 'notes'>,
  t: Translate,
): string {
  const lines: string[] = [];
  const incomplete = audits.pages.filter((page) => page.status !== 'complete').length;
  // In the reports' language (--lang), like the report lines below. Notes and failure reasons are the
  // CLI's own operational text, in English like its progress lines (run.json keeps them so).
  lines.push(
    [
      t('cliSummary.audited', { count: audits.pages.length }),
      ...(incomplete ? [t('cliSummary.partly', { count: incomplete })] : []),
      ...(run.failures.length ? [t('cliSummary.failed', { count: run.failures.length })] : []),
    ].join(' '),
  );
  lines.push(t('counting.finding'));
  const journeys = reports.filter((entry) => entry.source.kind === 'journey');
  const pages = reports.filter((entry) => entry.source.kind === 'page');
  for (const entry of journeys) {
    lines.push(`${entry.name}${entry.runLabel ? ` (${entry.runLabel})` : ''}: ${totalsLine(t, entry.report)}`);
    lines.push(`  ${levelCounts(t, entry.report.counts.byLevel)}`);
  }
  if (pages.length > 0) lines.push(`${t('cliSummary.singlePages', { count: pages.length })}: ${t('summary.totals', totalsOf(pages))}`);
  if (reports.length > 1) lines.push(`${t('cliSummary.total')}: ${t('summary.totals', totalsOf(reports))}`);
  for (const entry of reports) {
    if (!entry.compare) continue;
    const { comparison } = entry.compare;
    lines.push(
      `${t('compare.summaryHeading')} — ${entry.name}: ${t('compare.totals', {
        before: comparison.before.findings,
        after: comparison.after.findings,
        beforePlaces: comparison.before.places,
        afterPlaces: comparison.after.places,
      })}; ${t('compare.counts', { ...comparison.counts })}`,
    );
  }
  for (const note of run.notes ?? []) lines.push(`Note: ${note}`);
  for (const failure of run.failures.slice(0, LISTED_FAILURES)) lines.push(`✗ ${displayName(failure)}: ${failure.error}`);
  if (run.failures.length > LISTED_FAILURES) lines.push(`✗ ${t('cliSummary.more', { count: run.failures.length - LISTED_FAILURES })}`);
  return lines.join('\n');
}

/** The numbers of several reports together (they are disjoint: each page is in one report). */
function totalsOf(reports: readonly SummaryEntry[]) {
  const sum = (key: 'pages' | 'findings' | 'places' | 'reviewFindings' | 'reviewPlaces') =>
    reports.reduce((total, entry) => total + entry.report.counts[key], 0);
  const failing = reports.flatMap((entry) => entry.report.rules.filter((rule) => rule.findings > 0).map((rule) => rule.ruleId));
  return {
    pages: sum('pages'),
    findings: sum('findings'),
    places: sum('places'),
    review: sum('reviewFindings'),
    reviewPlaces: sum('reviewPlaces'),
    rules: new Set(failing).size,
  };
}

/** Whether any failed finding is at `level` or worse (critical is worst). */
export function reachesLevel(audits: Pick<AuditExport, 'pages' | 'journeys'>, level: Severity): boolean {
  const worst = SEVERITIES.indexOf(level);
  const findings = [...audits.pages.flatMap((page) => page.findings), ...audits.journeys.flatMap((journey) => journey.findings)];
  return findings.some((finding) => finding.outcome === 'failed' && SEVERITIES.indexOf(finding.severity) <= worst);
}
