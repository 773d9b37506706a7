import { labels, type Translate } from '../../translate.ts';
import type { Report } from '../../types.ts';
import type { ExportFormat } from '../format.ts';

/**
 * CSV that Excel opens correctly with Korean text: UTF-8 with a byte-order mark, CRLF line ends,
 * RFC 4180 quoting, and a guard against formula injection (a page-derived cell starting with
 * = + - @ or a tab/CR would otherwise run as a formula: it gets a leading apostrophe).
 */
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One row per merged finding, ranked; the first place it occurs as evidence. */
export function reportToCsv(report: Report, t: Translate): string {
  const header = [
    t('export.rank'),
    t('export.score'),
    t('export.rule'),
    t('export.title'),
    t('export.outcome'),
    t('export.severity'),
    t('export.personas'),
    'KWCAG',
    'WCAG',
    t('export.pages'),
    t('findings.recommendation'),
    'KRDS',
    t('export.url'),
    t('findings.selector'),
    t('findings.snippet'),
  ];
  const rows = report.findings.map((finding, index) => {
    const first = finding.occurrences[0];
    const node = first?.nodes[0];
    return [
      index + 1,
      finding.score,
      finding.ruleId,
      finding.title,
      labels.outcome(t, finding.outcome),
      labels.severity(t, finding.severity),
      finding.personas.map((persona) => labels.persona(t, persona)).join('; '),
      finding.kwcag.join('; '),
      finding.wcag.join('; '),
      finding.journeyWide ? t('findings.journeyWide') : new Set(finding.occurrences.map((occurrence) => occurrence.step)).size,
      labels.recommendation(t, finding.recommendation.text),
      finding.recommendation.krds ? `${finding.recommendation.krds.ko} (${finding.recommendation.krds.en})` : '',
      first?.url ?? '',
      node?.target.join(' ') ?? '',
      node?.snippet ?? '',
    ];
  });
  return toCsv([header, ...rows]);
}

export const format: ExportFormat = {
  id: 'csv',
  extension: 'csv',
  mime: 'text/csv;charset=utf-8',
  labelKey: 'download.csv',
  order: 3,
  content: 'report',
  write: (context) => reportToCsv(context.report, context.t),
};
