import type { ExportFormat } from '../format.ts';

/** The one-page A4 summary alone (what is wrong, who is hurt, the five changes, before → after), to attach to a 결재. */
export const format: ExportFormat = {
  id: 'summary',
  extension: 'summary.html',
  mime: 'text/html;charset=utf-8',
  labelKey: 'download.summary',
  order: 7,
  content: 'report',
  write: async (context) => (await import('@/components/report/static-html')).reportHtml(context, { summaryOnly: true }),
};
