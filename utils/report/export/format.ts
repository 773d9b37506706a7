import type { Journey, PageAudit } from '../../audit/types.ts';
import { redactTree } from '../../audit/redact.ts';
import { memoT, type Translate } from '../translate.ts';
import type { Comparison, Report } from '../types.ts';

/** Everything a writer may need: the report, its language, and the audits it was built from. */
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

/**
 * One export format: a module in ./formats/ exporting `format`. The report page's download
 * buttons, the CLI's --format, the bench and the docs all read the list in ./registry.ts, so
 * adding a format is adding a file (plus its label in every language, and its test).
 */
export interface ExportFormat {
  /** The name people type (`--format markdown`) and the key of its label. */
  id: string;
  /** File extension without the dot; the CLI accepts it as a second name (`--format md`). */
  extension: string;
  /** MIME type of the saved file. */
  mime: string;
  /** Key of the button's label in the report namespace. */
  labelKey: string;
  /** Position among the download buttons and in the docs. */
  order: number;
  /**
   * 'report': drawn from the report. 'audits': the audits themselves, axe's raw results included —
   * the report page unpacks them only for such a format, and the CLI writes it once for the whole
   * run (audit.json) rather than once per report.
   */
  content: 'report' | 'audits';
  /** The file's content. May load its own library lazily (the report page pays only when pressed). */
  write(context: ExportContext): string | Uint8Array | Promise<string | Uint8Array>;
}

export interface ExportFile {
  name: string;
  type: string;
  content: string | Uint8Array;
}

/**
 * One export file of a report, ready to save (report page) or write (CLI). Every format writes
 * from a redacted context (utils/audit/redact.ts): the audits were redacted when they were made
 * and stored, and this pass makes sure no export — of any format, added later or not — can carry
 * page text past it.
 */
export async function exportFile(format: ExportFormat, context: ExportContext): Promise<ExportFile> {
  // Every writer asks for the same labels row after row: look each up once.
  const content = await format.write({ ...redactedContext(context), t: memoT(context.t) });
  return { name: exportFileName(context.report, format, context.now ?? new Date()), type: format.mime, content };
}

function redactedContext(context: ExportContext): ExportContext {
  return {
    ...context,
    report: redactTree(context.report),
    journeys: context.journeys.map((journey) => redactTree(journey)),
    pages: context.pages.map((page) => redactTree(page)),
    ...(context.compare ? { compare: redactTree(context.compare) } : {}),
  };
}

/** "dotbogi-report-<id>-2026-11-27.html": only safe characters, whatever the audit id holds. */
export function exportFileName(report: Report, format: ExportFormat, now: Date): string {
  const id = report.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'report';
  return `dotbogi-report-${id}-${now.toISOString().slice(0, 10)}.${format.extension}`;
}
