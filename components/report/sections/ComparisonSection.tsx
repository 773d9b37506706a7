import { beforeAfterChart } from '@/utils/report/report-charts';
import { MAX_TITLE } from '@/utils/report/text';
import type { Comparison, Report, ReportFinding } from '@/utils/report/types';
import { BarChart } from '../BarChart';
import { PagedList } from '../PagedList';
import { PageText } from '../PageText';
import { pure } from '../pure';
import { useReportT } from '../use-report-t';

const PER_PAGE = 20;

/** Before/after: what the redesign fixed, what it broke, what is still there (by stable finding id). */
export const ComparisonSection = pure(function ComparisonSection({
  before,
  after,
  comparison,
}: {
  before: Report;
  after: Report;
  comparison: Comparison;
}) {
  const { t } = useReportT();
  const list = (id: string, findings: readonly ReportFinding[]) => (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {t(`compare.${id.replace('compare-', '')}`)} ({findings.length})
      </h3>
      {findings.length === 0 ? (
        <p>{t('findings.empty')}</p>
      ) : (
        <PagedList
          list="ul"
          items={findings}
          pageSize={PER_PAGE}
          render={(finding) => (
            <li key={finding.id}>
              <PageText text={finding.title || finding.ruleId} max={MAX_TITLE} /> (<code>{finding.ruleId}</code>)
            </li>
          )}
        />
      )}
    </section>
  );
  return (
    <section aria-labelledby="compare">
      <h2 id="compare">{t('compare.heading')}</h2>
      <p>
        {t('compare.counts', { fixed: comparison.fixed.length, added: comparison.added.length, persisting: comparison.persisting.length })}
      </p>
      <BarChart chart={beforeAfterChart(before, after, comparison, t)} />
      {list('compare-fixed', comparison.fixed)}
      {list('compare-added', comparison.added)}
      {list(
        'compare-persisting',
        comparison.persisting.map((pair) => pair.after),
      )}
    </section>
  );
});
