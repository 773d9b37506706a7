import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from 'i18next';
import { createI18n } from '../../i18n/create.ts';
import { directionOf } from '../../i18n/languages.ts';
import { fallbackChain } from '../../i18n/resolve.ts';
import { buildReport, type ReportSource } from '../../report/build-report.ts';
import { compareReports } from '../../report/compare.ts';
import { exportFile, type ExportFile } from '../../report/export/format.ts';
import { formatById } from '../../report/export/registry.ts';
import type { Translate } from '../../report/translate.ts';
import type { Format } from './args.ts';
import type { RunOutput } from './merge.ts';

/**
 * The report files of a run, from the report module's own pure functions (the same ones the
 * report page's download buttons use): one report per journey and one per page outside any
 * journey. When the run holds journeys labelled "before" and "after" (the demo), the "after"
 * report carries the before/after comparison.
 */
export async function reportFiles(
  output: RunOutput,
  formats: readonly Format[],
  options: { root: string; language: string },
): Promise<ExportFile[]> {
  // A format of the audits themselves is audit.json, which the CLI writes once for the run.
  const wanted = formats.map(formatById).filter((format) => format.content === 'report');
  if (wanted.length === 0) return [];
  const t = reportTranslate(options.root, options.language);
  const dir = directionOf(options.language);
  const { audits, run } = output;
  const byId = new Map(audits.pages.map((page) => [page.id, page]));
  const inJourney = new Set(audits.journeys.flatMap((journey) => journey.pages));
  const sources: ReportSource[] = [
    ...audits.journeys.map((journey): ReportSource => ({
      kind: 'journey',
      journey,
      pages: journey.pages.flatMap((id) => byId.get(id) ?? []),
    })),
    ...audits.pages.filter((page) => !inJourney.has(page.id)).map((audit): ReportSource => ({ kind: 'page', audit })),
  ];
  const reports = sources.map((source) => ({ source, report: buildReport(source) }));
  const labelled = (label: string) => reports.find(({ source }) => source.kind === 'journey' && run.labels[source.journey.id] === label);
  const before = labelled('before');
  const after = labelled('after');
  const now = new Date(audits.exportedAt);

  let pageNumber = 0;
  let journeyNumber = 0;
  const files = reports.flatMap(({ source, report }) => {
    // Names a person can tell apart in a folder: report-before.html, report-journey-2.csv, report-page-7.md.
    const label = source.kind === 'journey' ? (run.labels[source.journey.id] ?? `journey-${++journeyNumber}`) : `page-${++pageNumber}`;
    const compare =
      before && after && source === after.source ? { before: before.report, comparison: compareReports(before.report, report) } : undefined;
    const involved = compare && before ? [before.source, source] : [source];
    return wanted.map(async (format) => {
      const file = await exportFile(format, {
        report,
        t,
        language: options.language,
        dir,
        journeys: involved.flatMap((entry) => (entry.kind === 'journey' ? [entry.journey] : [])),
        pages: involved
          .flatMap((entry) => (entry.kind === 'journey' ? entry.pages : [entry.audit]))
          .flatMap((page) => byId.get(page.id) ?? []),
        ...(compare ? { compare } : {}),
        now,
      });
      return { ...file, name: `report-${label}.${format.extension}` };
    });
  });
  return Promise.all(files);
}

/** i18next's `t` for the report namespace in `language`, with its fallbacks, read from locales/. */
function reportTranslate(root: string, language: string): Translate {
  const resources: Resource = {};
  for (const code of fallbackChain(language)) {
    const file = join(root, 'locales', code, 'report.json');
    if (existsSync(file)) resources[code] = { report: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
  }
  const i18n = createI18n(language, resources);
  const t = i18n.getFixedT(language, 'report');
  return (key, values) => t(key, values ?? {});
}
