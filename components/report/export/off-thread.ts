/**
 * Writes an export file in a module worker (export-worker.ts), so the report page keeps answering
 * while a long journey's workbook is made: one worker per file, ended when the file is back. Vite
 * bundles the worker through the `?worker` import (WXT defines `import.meta.url` as the page's
 * address, which hides the `new Worker(new URL(…, import.meta.url))` form from Vite: wxt#2032).
 */
import ExportWorker from './export-worker.ts?worker';
import type { ExportContext, ExportFile, ExportFormat } from '@/utils/report/export/format';
import type { WorkerReply, WorkerRequest } from './worker-messages';

/** Makes one export file away from the page's thread. */
export type ExportOffThread = (format: ExportFormat, context: Omit<ExportContext, 't'>) => Promise<ExportFile>;

/** Only a format drawn from the report can go: the audits themselves (JSON) stay on the page. */
export const exportInWorker: ExportOffThread = (format, context) => {
  const worker = new ExportWorker({ name: `dotbogi-export-${format.id}` });
  const request: WorkerRequest = {
    formatId: format.id,
    report: context.report,
    ...(context.compare && { compare: context.compare }),
    language: context.language,
    dir: context.dir,
    now: (context.now ?? new Date()).getTime(),
  };
  return new Promise<ExportFile>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => (data.ok ? resolve(data.file) : reject(new Error(data.message)));
    worker.onerror = (event) => reject(new Error(event.message || 'The export worker failed.'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
};
