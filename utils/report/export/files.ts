import type { Journey, PageAudit } from '../../audit/types.ts';
import type { Translate } from '../translate.ts';
import type { Comparison, Report } from '../types.ts';
import { reportToCsv } from './csv.ts';
import { reportToHtml } from './html.ts';
import { auditsToJson } from './json.ts';
import { reportToMarkdown } from './markdown.ts';
import { sarifText } from './sarif.ts';

export type ExportFormat = 'html' | 'json' | 'csv' | 'sarif' | 'markdown';

export interface ExportContext {
  report: Report;
  t: Translate;
  language: string;
  dir: 'ltr' | 'rtl';
  /** The audits the report was built from (the JSON export is these, as-is). */
  journeys: readonly Journey[];
  pages: readonly PageAudit[];
  compare?: { before: Report; comparison: Comparison };
  now?: Date;
}

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

const EXTENSION: Record<ExportFormat, string> = { html: 'html', json: 'json', csv: 'csv', sarif: 'sarif', markdown: 'md' };
const TYPE: Record<ExportFormat, string> = {
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  sarif: 'application/sarif+json;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
};

/** One export file of a report, ready to save (report page) or write (CLI). */
export function exportFile(format: ExportFormat, context: ExportContext): ExportFile {
  const { report, t } = context;
  const content = {
    html: () => reportToHtml({ report, t, language: context.language, dir: context.dir, compare: context.compare }),
    json: () => auditsToJson(context.journeys, context.pages, context.now),
    csv: () => reportToCsv(report, t),
    sarif: () => sarifText(report, t),
    markdown: () => reportToMarkdown(report, t),
  }[format]();
  return { name: exportFileName(report, format, context.now ?? new Date()), type: TYPE[format], content };
}

/** "dotbogi-report-<id>-2026-11-27.html": only safe characters, whatever the audit id holds. */
export function exportFileName(report: Report, format: ExportFormat, now: Date): string {
  const id = report.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'report';
  return `dotbogi-report-${id}-${now.toISOString().slice(0, 10)}.${EXTENSION[format]}`;
}
