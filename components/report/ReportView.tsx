import type { Report, Comparison } from '@/utils/report/types';
import type { ExportFile, ExportFormat } from '@/utils/report/export/format';
import { formatTime } from '@/utils/report/time';
import type { HighlightHandler } from './RuleCard';
import { Downloads } from './Downloads';
import { SummarySection } from './sections/SummarySection';
import { JourneySection } from './sections/JourneySection';
import { FindingsSection } from './sections/FindingsSection';
import { CertSection } from './sections/CertSection';
import { WcagSection } from './sections/WcagSection';
import { CoverageSection } from './sections/CoverageSection';
import { ComparisonSection } from './sections/ComparisonSection';
import { PageText } from './PageText';
import { useReportT } from './use-report-t';
import { useProgressive } from './use-progressive';
import { MAX_TITLE } from '@/utils/report/text';
import { useMemo } from 'preact/hooks';

export interface ReportViewProps {
  report: Report;
  compare?: { before: Report; comparison: Comparison };
  onHighlight?: HighlightHandler;
  makeExport?: (format: ExportFormat) => ExportFile | Promise<ExportFile>;
  /** Only the one-page summary (the "한 장 요약" file). */
  summaryOnly?: boolean;
}

/**
 * The full service-improvement report. The report page renders it live; the HTML export renders
 * the very same components to a static file (components/report/static-html.tsx), so the two
 * cannot drift.
 */
export function ReportView({ report, compare, onHighlight, makeExport, summaryOnly = false }: ReportViewProps) {
  const { t, language, dir, static: isStatic } = useReportT();
  const engines = report.coverage.engines[0];
  // Formatting a date builds an Intl formatter: once per report, not once per section revealed.
  const firstTime = report.steps.find((step) => step.time)?.time;
  const audited = useMemo(() => (firstTime === undefined ? null : formatTime(firstTime, language)), [firstTime, language]);
  const comparison = compare?.comparison;
  const sections = summaryOnly
    ? []
    : [
        ['summary', 'summary.heading'],
        ...(comparison ? [['compare', 'compare.heading']] : []),
        ...(report.kind === 'journey' ? [['journey', 'journey.heading']] : []),
        ['findings', 'findings.heading'],
        ['kwcag', 'cert.heading'],
        ['wcag', 'wcag.heading'],
        ['coverage', 'coverage.heading'],
      ];
  // One section per task: a long report appears progressively instead of in one long task.
  const body = [
    <SummarySection key="summary" report={report} comparison={comparison} />,
    ...(summaryOnly
      ? []
      : [
          ...(comparison ? [<ComparisonSection key="compare" comparison={comparison} />] : []),
          ...(report.kind === 'journey' ? [<JourneySection key="journey" report={report} />] : []),
          <FindingsSection key="findings" report={report} comparison={comparison} onHighlight={onHighlight} />,
          <CertSection key="kwcag" report={report} />,
          <WcagSection key="wcag" report={report} />,
          <CoverageSection key="coverage" report={report} />,
        ]),
  ];
  const rendered = useProgressive(body.length, 1);
  return (
    <main class="report" lang={language} dir={dir}>
      <header>
        <h1>
          {t('title')}: <PageText text={report.name} max={MAX_TITLE} />
        </h1>
        <p class="meta">
          {t('meta.pages', { count: report.steps.length })}
          {audited !== null && ` · ${t('meta.audited', { time: audited })}`}
          {engines && ` · ${t('meta.engines', { axe: engines.axeCore, dotbogi: engines.dotbogi })}`}
        </p>
        {sections.length > 0 && (
          <nav aria-label={t('toc')} class="toc">
            <ul>
              {sections.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key!)}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      {makeExport && !isStatic && <Downloads make={makeExport} />}
      {body.slice(0, rendered)}
    </main>
  );
}
