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
  /**
   * 'worker': the report page writes this file in a module worker (components/report/export/),
   * because a long journey's file takes seconds; its writer must not need the DOM. Else on the page.
   */
  thread?: 'worker';
  /** The file's content. May load its own library lazily (the report page pays only when pressed). */
  write(context: ExportContext): string | Uint8Array | Promise<string | Uint8Array>;
}

export interface ExportFile {
  name: string;
  type: string;
  content: string | Uint8Array;
}

/**
 * One export file of a report, ready to save (report page) or write (CLI). No format can carry page
 * text past the redaction module (utils/audit/redact.ts): a format drawn from the report sees only
 * the report, every page-derived string of which went through it as the report was built
 * (utils/report/redaction.ts; redaction.test.ts checks the model and every such format), and no
 * audits at all; a format of the audits themselves gets them through redactTree here, whatever the
 * store held. (Redacting the whole report again for each format cost a 500-page report ~2 s a file.)
 */
export async function exportFile(format: ExportFormat, context: ExportContext): Promise<ExportFile> {
  // Every writer asks for the same labels row after row: look each up once.
  const content = await format.write({ ...redactedContext(format, context), t: memoT(context.t) });
  const part = context.compare ? 'compare' : undefined;
  return { name: exportFileName(context.report, format, context.now ?? new Date(), part), type: format.mime, content };
}

function redactedContext(format: ExportFormat, context: ExportContext): ExportContext {
  if (format.content === 'report') return { ...context, journeys: [], pages: [] };
  return {
    ...context,
    journeys: context.journeys.map((journey) => redactTree(journey)),
    pages: context.pages.map((page) => redactTree(page)),
  };
}

/** Longest name part of a file name, in characters (file systems allow 255 bytes; Korean takes 3 a character). */
const MAX_NAME = 60;
/** Which report a file holds: the comparison of two, or one side of it. Korean kept: people search their folders in Korean. */
export type ExportPart = 'compare' | 'before' | 'after';
const PART_WORD: Record<ExportPart, string> = { compare: '비교', before: 'before', after: 'after' };

/**
 * "주민등록표-등본-발급-비교-2026-12-07.csv": what people call the journey (or page), which report,
 * the day. Only characters every file system and mail program takes: letters and digits of any
 * script (Korean kept), '-', '_', '(', ')'; never an address (a page without a title goes by its
 * step's name), never a masked value.
 */
export function exportFileName(report: Report, format: ExportFormat, now: Date, part?: ExportPart): string {
  const named = /:\/\/|＊/.test(report.name) ? (report.steps[0]?.name ?? '') : report.name;
  const name = [...safeFileText(named)].slice(0, MAX_NAME).join('').replace(/-+$/, '') || 'dotbogi-report';
  return [name, part && PART_WORD[part], localDay(now)].filter(Boolean).join('-') + `.${format.extension}`;
}

function safeFileText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/＊/g, '')
    .replace(/[^\p{L}\p{M}\p{N}_()-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+$/g, '');
}

/** The day where the person is (a report saved at 8 a.m. in Seoul is that day's, not yesterday's in UTC). */
function localDay(now: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
