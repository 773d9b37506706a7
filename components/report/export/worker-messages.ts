import type { ExportContext, ExportFile } from '@/utils/report/export/format';

/** What the report page asks its export worker (export-worker.ts) for: one file of the report. */
export interface WorkerRequest {
  formatId: string;
  report: ExportContext['report'];
  compare?: ExportContext['compare'];
  language: string;
  dir: ExportContext['dir'];
  /** ms since 1970: the day in the file's name, as the page would write it. */
  now: number;
}

/** The file, its bytes transferred, or why it could not be made. */
export type WorkerReply = { ok: true; file: ExportFile } | { ok: false; message: string };
