import { labels } from '@/utils/report/translate';
import { personaChart } from '@/utils/report/report-charts';
import type { Report } from '@/utils/report/types';
import { useMemo } from 'preact/hooks';
import { BarChart } from '../BarChart';
import { pure } from '../pure';
import { useReportT } from '../use-report-t';

/** Executive summary: who is hurt most, and the five changes that would help most. */
export const SummarySection = pure(function SummarySection({ report }: { report: Report }) {
  const { t, language } = useReportT();
  const failed = useMemo(() => report.findings.filter((finding) => finding.outcome === 'failed').length, [report]);
  const chart = useMemo(() => personaChart(report, t), [report, language]);
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
      <BarChart chart={chart} />
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
});
