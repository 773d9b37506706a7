import { SEVERITIES, type AuditExport, type Finding, type Severity } from '../types.ts';
import type { RunRecord } from './record.ts';
import { displayName } from './targets.ts';

export type SeverityCounts = Record<Severity, number>;

export interface GroupSummary {
  name: string;
  label?: string;
  pages: number;
  /** Failed findings per page, summed (a template repeated on 3 pages counts 3 times), by severity. */
  failed: SeverityCounts;
  needsReview: number;
}

export interface RunSummary {
  pages: number;
  /** Pages whose audit is partial or interrupted (a frame failed): their counts are incomplete. */
  incomplete: number;
  failures: number;
  groups: GroupSummary[];
  total: GroupSummary;
}

function emptyCounts(): SeverityCounts {
  return Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as SeverityCounts;
}

function summarizeGroup(name: string, findings: Finding[], pages: number, label?: string): GroupSummary {
  const failed = emptyCounts();
  let needsReview = 0;
  for (const finding of findings) {
    if (finding.outcome === 'failed') failed[finding.severity]++;
    else needsReview++;
  }
  return { name, ...(label ? { label } : {}), pages, failed, needsReview };
}

/** Counts per journey (and one group for pages outside any journey) and in total. */
export function summarize(audits: AuditExport, run: Pick<RunRecord, 'failures' | 'labels'>): RunSummary {
  const inJourney = new Set(audits.journeys.flatMap((journey) => journey.pages));
  const groups = audits.journeys.map((journey) => {
    const pages = audits.pages.filter((page) => journey.pages.includes(page.id));
    return summarizeGroup(
      journey.name,
      [...pages.flatMap((page) => page.findings), ...journey.findings],
      pages.length,
      run.labels[journey.id],
    );
  });
  const single = audits.pages.filter((page) => !inJourney.has(page.id));
  if (single.length > 0)
    groups.push(
      summarizeGroup(
        'single pages',
        single.flatMap((page) => page.findings),
        single.length,
      ),
    );
  const all = [...audits.pages.flatMap((page) => page.findings), ...audits.journeys.flatMap((journey) => journey.findings)];
  return {
    pages: audits.pages.length,
    incomplete: audits.pages.filter((page) => page.status !== 'complete').length,
    failures: run.failures.length,
    groups,
    total: summarizeGroup('total', all, audits.pages.length),
  };
}

/** Whether any failed finding is at `level` or worse (critical is worst). */
export function reachesLevel(audits: AuditExport, level: Severity): boolean {
  const worst = SEVERITIES.indexOf(level);
  const findings = [...audits.pages.flatMap((page) => page.findings), ...audits.journeys.flatMap((journey) => journey.findings)];
  return findings.some((finding) => finding.outcome === 'failed' && SEVERITIES.indexOf(finding.severity) <= worst);
}

const sumFailed = (counts: SeverityCounts) => SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);

/** The short text summary printed at the end of a run. */
export function formatSummary(summary: RunSummary, run: Pick<RunRecord, 'failures'>): string {
  const lines: string[] = [];
  lines.push(
    `Audited ${summary.pages} page${summary.pages === 1 ? '' : 's'}` +
      (summary.incomplete ? `; ${summary.incomplete} only partly (a frame's audit failed: see audit.json coverage)` : '') +
      (summary.failures ? `; ${summary.failures} could not be audited (see below)` : '') +
      '.',
  );
  const header = ['', 'pages', ...SEVERITIES, 'needs review'];
  const rows = [...summary.groups, ...(summary.groups.length > 1 ? [summary.total] : [])].map((group) => [
    group.name,
    String(group.pages),
    ...SEVERITIES.map((severity) => String(group.failed[severity])),
    String(group.needsReview),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => width(row[column]!))));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? pad(cell, widths[column]!) : padStart(cell, widths[column]!))).join('  ');
  lines.push('Findings (failed rules per page, by severity):', line(header), ...rows.map(line));

  const before = summary.groups.find((group) => group.label === 'before');
  const after = summary.groups.find((group) => group.label === 'after');
  if (before && after) {
    const from = sumFailed(before.failed);
    const to = sumFailed(after.failed);
    const serious = (counts: SeverityCounts) => counts.critical + counts.serious;
    lines.push(
      `Before → after: ${from} → ${to} failed findings (${to - from >= 0 ? '+' : ''}${to - from}); ` +
        `critical+serious ${serious(before.failed)} → ${serious(after.failed)}.`,
    );
  }
  for (const failure of run.failures) lines.push(`✗ ${displayName(failure)}: ${failure.error}`);
  return lines.join('\n');
}

// Hangul and other wide characters take two terminal columns.
function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return columns;
}
const pad = (text: string, size: number) => text + ' '.repeat(Math.max(0, size - width(text)));
const padStart = (text: string, size: number) => ' '.repeat(Math.max(0, size - width(text))) + text;
