import { labels } from '@/utils/report/translate';
import { personaChart } from '@/utils/report/report-charts';
import type { Report } from '@/utils/report/types';
import { BarChart } from '../BarChart';
import { useReportT } from '../use-report-t';

/** Executive summary: who is hurt most, and the five changes that would help most. */
export function SummarySection({ report }: { report: Report }) {
  const { t } = useReportT();
  const failed = report.findings.filter((finding) => finding.outcome === 'failed').length;
  return (
    <section aria-labelledby="summary">
      <h2 id="summary">{t('summary.heading')}</h2>
      <p>{t('summary.counts', { failed, review: report.findings.length - failed })}</p>
      {report.findings.length === 0 && <p>{t('summary.none')}</p>}
      <h3>{t('summary.whoHurt')}</h3>
      <ol>
        {report.personas
          .filter((row) => row.findings > 0)
          .map((row) => (
            <li key={row.persona}>
              {labels.persona(t, row.persona)} — {t('findings.score', { score: row.score })}
            </li>
          ))}
      </ol>
      <BarChart chart={personaChart(report, t)} />
      <h3>{t('summary.topChanges')}</h3>
      <ol class="top-changes">
        {report.topChanges.map((change) => (
          <li key={change.recommendation.text}>
            <span class="recommendation">{labels.recommendation(t, change.recommendation.text)}</span>
            {change.recommendation.krds && (
              <>
                <br />
                {t('findings.krds', { ...change.recommendation.krds })}
              </>
            )}
            <br />
            {t('summary.fixes', { count: change.findings })} ({change.ruleIds.join(', ')})
          </li>
        ))}
      </ol>
    </section>
  );
}
