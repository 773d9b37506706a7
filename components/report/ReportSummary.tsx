import { useMemo } from 'preact/hooks';
import type { StoredPageAudit } from '@/utils/audit/types';
import { buildReport, type ReportSource } from '@/utils/report/build-report';
import { labels } from '@/utils/report/translate';
import { personasHurt, personaStatement } from '@/utils/report/words';
import { Totals } from './Totals';
import { useReportT } from './use-report-t';

const TOP = 3;

/**
 * The side panel's summary of the current page or journey: the same totals and statements as
 * the report, who is hurt most, what to fix first, and a button that opens the full report page.
 */
export function ReportSummary({ source, onOpenReport }: { source: ReportSource; onOpenReport: (query: string) => void }) {
  const { t } = useReportT();
  const report = useMemo(() => buildReport(source), [source]);
  const query =
    source.kind === 'page' ? `audit=${encodeURIComponent(source.audit.id)}` : `journey=${encodeURIComponent(source.journey.id)}`;
  const hurt = personasHurt(report).slice(0, TOP);
  return (
    <section class="report-summary" aria-labelledby="report-summary-heading">
      <h2 id="report-summary-heading">{t('sidepanel.heading')}</h2>
      <Totals report={report} />
      {hurt.length > 0 && (
        <>
          <h3>{t('summary.whoHurt')}</h3>
          <ul>
            {hurt.map((row) => (
              <li key={row.persona}>{personaStatement(t, row, report.kind === 'journey')}</li>
            ))}
          </ul>
        </>
      )}
      {report.topChanges.length > 0 && (
        <>
          <h3>{t('sidepanel.top')}</h3>
          <ol>
            {report.topChanges.slice(0, TOP).map((change) => (
              <li key={change.recommendation.text}>{labels.recommendation(t, change.recommendation.text)}</li>
            ))}
          </ol>
        </>
      )}
      <button type="button" onClick={() => onOpenReport(query)}>
        {t('sidepanel.open')}
      </button>
    </section>
  );
}

/** The side panel's slot takes a page audit: this adapts it. */
export function PageReportSummary({ page, onOpenReport }: { page: StoredPageAudit; onOpenReport: (query: string) => void }) {
  const source = useMemo<ReportSource>(() => ({ kind: 'page', audit: page }), [page]);
  return <ReportSummary source={source} onOpenReport={onOpenReport} />;
}
