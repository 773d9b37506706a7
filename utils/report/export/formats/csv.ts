import { placeRows } from '../rows.ts';
import { revealInvisible } from '../../text.ts';
import type { Translate } from '../../translate.ts';
import type { Comparison, Report } from '../../types.ts';
import type { ExportFormat } from '../format.ts';

/**
 * CSV that Excel opens correctly with Korean text: UTF-8 with a byte-order mark, CRLF line ends,
 * RFC 4180 quoting, and a guard against formula injection (a page-derived cell starting with
 * = + - @ or a tab/CR would otherwise run as a formula: it gets a leading apostrophe), and bidi
 * controls shown as ⟦U+202E⟧ rather than obeyed (they would make a cell read in another order).
 */
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const visible = revealInvisible(value);
  const guarded = FORMULA_START.test(visible) ? `'${visible}` : visible;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One row per place (the report's full list of places), ranked by rule; with a comparison, its status per row. */
export function reportToCsv(report: Report, t: Translate, compare?: { before: Report; comparison: Comparison }): string {
  const { header, rows } = placeRows(report, t, compare);
  return toCsv([header, ...rows]);
}

export const format: ExportFormat = {
  id: 'csv',
  extension: 'csv',
  mime: 'text/csv;charset=utf-8',
  labelKey: 'download.csv',
  order: 3,
  content: 'report',
  write: (context) => reportToCsv(context.report, context.t, context.compare),
};
