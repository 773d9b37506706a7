import { labels } from '@/utils/report/translate';
import type { Comparison, Report } from '@/utils/report/types';
import { changeStatement, personasHurt, personaStatement } from '@/utils/report/words';
import { CountingBox, Totals } from '../Totals';
import { pure } from '../pure';
import { useReportT } from '../use-report-t';

/**
 * The one-page summary (A4, for a 결재): what is wrong, who is hurt, the five changes that help
 * most, and before → after. The report's first page; the "한 장 요약" download is this page alone.
 */
export const SummarySection = pure(function SummarySection({ report, comparison }: { report: Report; comparison?: Comparison }) {
  const { t } = useReportT();
  const journey = report.kind === 'journey';
  const hurt = personasHurt(report);
  return (
    <section aria-labelledby="summary" class="one-page">
      <h2 id="summary">{t('summary.heading')}</h2>
      <h3>{t('summary.wrong')}</h3>
      <Totals report={report} />
      {report.counts.findings === 0 && <p>{t('summary.none')}</p>}
      {comparison && <BeforeAfter comparison={comparison} />}
      {hurt.length > 0 && (
        <>
          <h3>{t('summary.whoHurt')}</h3>
          <ul class="statements">
            {hurt.map((row) => (
              <li key={row.persona}>{personaStatement(t, row, journey)}</li>
            ))}
          </ul>
        </>
      )}
      {report.topChanges.length > 0 && (
        <>
          <h3>{t('summary.topChanges', { count: report.topChanges.length })}</h3>
          <ol class="top-changes">
            {report.topChanges.map((change) => (
              <li key={change.recommendation.text}>
                <span class="recommendation">{labels.recommendation(t, change.recommendation.text)}</span>
                <br />
                <small>
                  {changeStatement(t, change)} · {change.recommendation.roles.map((role) => labels.role(t, role)).join(', ')}
                </small>
              </li>
            ))}
          </ol>
        </>
      )}
      <CountingBox />
      <p class="notice">{t('notCertification')}</p>
    </section>
  );
});

/** Before → after in findings, and the rules by status: on the after report's first page. */
export function BeforeAfter({ comparison }: { comparison: Comparison }) {
  const { t } = useReportT();
  return (
    <>
      <h3>{t('compare.summaryHeading')}</h3>
      <p class="before-after">
        {t('compare.totals', {
          before: comparison.before.findings,
          after: comparison.after.findings,
          beforePlaces: comparison.before.places,
          afterPlaces: comparison.after.places,
        })}
      </p>
      <p>{t('compare.counts', { ...comparison.counts })}</p>
    </>
  );
}
