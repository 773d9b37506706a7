import type { Report, Comparison } from '@/utils/report/types';
import type { ExportFile, ExportFormat } from '@/utils/report/export/format';
import type { HighlightHandler } from './FindingCard';
import { Downloads } from './Downloads';
import { SummarySection } from './sections/SummarySection';
import { JourneySection } from './sections/JourneySection';
import { FindingsSection } from './sections/FindingsSection';
import { KwcagSection, WcagSection } from './sections/KwcagSection';
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
}

/** The full service-improvement report: the same sections, in the same order, as the HTML export. */
export function ReportView({ report, compare, onHighlight, makeExport }: ReportViewProps) {
  const { t, language, dir } = useReportT();
  const engines = report.coverage.engines[0];
  // Formatting a date builds an Intl formatter: once per report, not once per section revealed.
  const firstTime = report.steps[0]?.time;
  const audited = useMemo(() => (firstTime === undefined ? null : new Date(firstTime).toLocaleString(language)), [firstTime, language]);
  const sections = [
    ['summary', 'summary.heading'],
    ...(report.kind === 'journey' ? [['journey', 'journey.heading']] : []),
    ['findings', 'findings.heading'],
    ['kwcag', 'kwcag.heading'],
    ['wcag', 'wcag.heading'],
    ['coverage', 'coverage.heading'],
    ...(compare ? [['compare', 'compare.heading']] : []),
  ];
  // One section per task: a long report appears progressively instead of in one long task.
  const body = [
    <SummarySection key="summary" report={report} />,
    ...(report.kind === 'journey' ? [<JourneySection key="journey" report={report} />] : []),
    <FindingsSection key="findings" report={report} onHighlight={onHighlight} />,
    <KwcagSection key="kwcag" report={report} />,
    <WcagSection key="wcag" report={report} />,
    <CoverageSection key="coverage" report={report} />,
    ...(compare ? [<ComparisonSection key="compare" before={compare.before} after={report} comparison={compare.comparison} />] : []),
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
        <p class="notice">{t('notCertification')}</p>
        <nav aria-label={t('toc')} class="no-print">
          <ul>
            {sections.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key!)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {makeExport && <Downloads make={makeExport} />}
      {body.slice(0, rendered)}
    </main>
  );
}
