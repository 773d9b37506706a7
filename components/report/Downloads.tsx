import type { ExportFile, ExportFormat } from '@/utils/report/export/files';
import { useReportT } from './use-report-t';

const EXPORT_FORMATS: ExportFormat[] = ['html', 'json', 'csv', 'sarif', 'markdown'];

/**
 * Download buttons. Each builds its file locally and saves it through a Blob and an object URL:
 * nothing leaves the device.
 */
export function Downloads({ make, doc = document }: { make: (format: ExportFormat) => ExportFile; doc?: Document }) {
  const { t } = useReportT();
  const save = (format: ExportFormat) => {
    const file = make(format);
    const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = file.name;
    doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section aria-labelledby="downloads" class="no-print">
      <h2 id="downloads">{t('download.heading')}</h2>
      <div class="downloads">
        {EXPORT_FORMATS.map((format) => (
          <button type="button" key={format} onClick={() => save(format)}>
            {t(`download.${format}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
