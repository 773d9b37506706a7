import { useState } from 'preact/hooks';
import type { ExportFile, ExportFormat } from '@/utils/report/export/format';
import { EXPORT_FORMATS } from '@/utils/report/export/registry';
import { useReportT } from './use-report-t';

/**
 * Download buttons. Each builds its file only when pressed, locally, and saves it through a Blob
 * and an object URL: nothing leaves the device. A 500-page journey's file takes a moment, so the
 * status line says it is being made (painted before the work starts) and when it is ready.
 */
export function Downloads({ make, doc = document }: { make: (format: ExportFormat) => ExportFile | Promise<ExportFile>; doc?: Document }) {
  const { t } = useReportT();
  const [status, setStatus] = useState('');
  const save = async (format: ExportFormat) => {
    setStatus(t('download.preparing', { file: t(format.labelKey) }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const file = await make(format);
      const url = URL.createObjectURL(new Blob([file.content as BlobPart], { type: file.type }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = file.name;
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(t('download.ready', { name: file.name }));
    } catch (error) {
      setStatus(t('common:error', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section aria-labelledby="downloads" class="no-print">
      <h2 id="downloads">{t('download.heading')}</h2>
      <div class="downloads">
        {EXPORT_FORMATS.map((format) => (
          <button type="button" key={format.id} onClick={() => void save(format)}>
            {t(format.labelKey)}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
