import { directionOf } from '../../i18n/languages.ts';
import { auditedPages } from '../../report/build-report.ts';
import { exportFile, type ExportFile } from '../../report/export/format.ts';
import { formatById } from '../../report/export/registry.ts';
import type { Translate } from '../../report/translate.ts';
import type { Format } from './args.ts';
import type { RunOutput } from './merge.ts';
import type { RunReport } from './reports.ts';

/**
 * The report files of a run, from the report module's own export formats (the ones behind the
 * report page's download buttons): one report per journey and one per page outside any journey,
 * each in every asked format, named so a person can tell them apart in a folder
 * (report-before.html, report-journey-2.csv, report-page-7.md). A report compared with an earlier
 * one (the demo's "after", or --baseline) carries the comparison in every format.
 */
export async function reportFiles(
  output: RunOutput,
  reports: readonly RunReport[],
  formats: readonly Format[],
  options: { t: Translate; language: string },
): Promise<ExportFile[]> {
  // A format of the audits themselves is audit.json, which the CLI writes once for the run.
  const wanted = formats.map(formatById).filter((format) => format.content === 'report');
  if (wanted.length === 0) return [];
  const dir = directionOf(options.language);
  const byId = new Map(output.audits.pages.map((page) => [page.id, page]));
  const now = new Date(output.audits.exportedAt);
  const files = reports.flatMap(({ label, source, report, compare }) => {
    const involved = compare ? [compare.beforeSource, source] : [source];
    return wanted.map(async (format) => {
      const file = await exportFile(format, {
        report,
        t: options.t,
        language: options.language,
        dir,
        journeys: involved.flatMap((entry) => (entry.kind === 'journey' ? [entry.journey] : [])),
        pages: involved.flatMap(auditedPages).flatMap((page) => byId.get(page.id) ?? []),
        ...(compare ? { compare: { before: compare.before, comparison: compare.comparison } } : {}),
        now,
      });
      return { ...file, name: `report-${label}.${format.extension}` };
    });
  });
  return Promise.all(files);
}
