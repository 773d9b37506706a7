/**
 * A module worker of the report page that writes one export file away from the page's thread
 * (formats with `thread: 'worker'`: the Excel workbook of a 500-page journey takes seconds). It
 * gets the report, which was redacted as it was built, and the reader's language; it loads the
 * report's strings itself (the same locale files as the page) and answers with the file, its
 * bytes transferred, not copied. The messages are worker-messages.ts's.
 */
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { exportFile } from '@/utils/report/export/format';
import { EXPORT_FORMATS } from '@/utils/report/export/registry';
import { REPORT_NAMESPACES } from '@/utils/report/translate';
import type { WorkerReply, WorkerRequest } from './worker-messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data }) => void answer(data);

async function answer({ formatId, report, compare, language, dir, now }: WorkerRequest): Promise<void> {
  try {
    const format = EXPORT_FORMATS.find((entry) => entry.id === formatId);
    if (!format) throw new Error(`No export format ${formatId}.`);
    const i18n = createI18n(language, await loadResources(language, ['common', ...REPORT_NAMESPACES]));
    const fixed = i18n.getFixedT(language, 'report');
    const file = await exportFile(format, {
      report,
      t: (key, options) => fixed(key, options ?? {}),
      language,
      dir,
      journeys: [],
      pages: [],
      ...(compare && { compare }),
      now: new Date(now),
    });
    scope.postMessage({ ok: true, file }, typeof file.content === 'string' ? [] : [file.content.buffer as ArrayBuffer]);
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}
