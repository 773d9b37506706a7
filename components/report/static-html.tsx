import { renderToString } from 'preact-render-to-string';
import type { ExportContext } from '@/utils/report/export/format';
import { escapeHtml } from '@/utils/report/export/html-escape';
import { REPORT_CSS } from '@/utils/report/report-styles';
import { evidence, MAX_TITLE } from '@/utils/report/text';
import { ReportView } from './ReportView';
import { ReportEnvContext } from './use-report-t';

/**
 * The standalone report: the report page's own components (ReportView) rendered to a static,
 * self-contained file — inline CSS and SVG, no script, no external reference (a CSP forbids any),
 * readable offline and printable. Preact escapes every page-derived string.
 */
export function reportHtml(context: ExportContext, options: { summaryOnly?: boolean } = {}): string {
  const { report, t, language, dir } = context;
  const body = renderToString(
    <ReportEnvContext.Provider value={{ t, language, dir, static: true }}>
      <ReportView report={report} compare={context.compare} summaryOnly={options.summaryOnly ?? false} />
    </ReportEnvContext.Provider>,
  );
  const title = t(options.summaryOnly ? 'export.summaryTitle' : 'export.fileTitle', { name: evidence(report.name, MAX_TITLE) });
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}" dir="${dir === 'rtl' ? 'rtl' : 'ltr'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    // Our own constant stylesheet: never built from page text or translations.
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body${options.summaryOnly ? ' class="summary-only"' : ''}>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
