import type { ExportFormat } from '../format.ts';

/** The whole report as one self-contained HTML file: the report page's own components, rendered statically. */
export const format: ExportFormat = {
  id: 'html',
  extension: 'html',
  mime: 'text/html;charset=utf-8',
  labelKey: 'download.html',
  order: 1,
  content: 'report',
  // Loaded when pressed: the components render to a string only for this file.
  write: async (context) => (await import('@/components/report/static-html')).reportHtml(context),
};
