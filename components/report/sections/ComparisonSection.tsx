import { beforeAfterChart } from '@/utils/report/report-charts';
import { labels } from '@/utils/report/translate';
import { ruleText } from '@/utils/report/rule-text';
import type { ChangeStatus, Comparison, RuleChange } from '@/utils/report/types';
import { BarChart } from '../BarChart';
import { PagedList } from '../PagedList';
import { pure } from '../pure';
import { useReportT } from '../use-report-t';
import { BeforeAfter } from './SummarySection';

const PER_PAGE = 20;
const ORDER: ChangeStatus[] = ['new', 'remaining', 'improved', 'fixed'];

/**
 * Before/after, rule by rule: 해결 / 개선 / 남음 / 새로, with the components each rule was matched
 * by (stable id, then template) and their places on each side.
 */
export const ComparisonSection = pure(function ComparisonSection({ comparison }: { comparison: Comparison }) {
  const { t } = useReportT();
  return (
    <section aria-labelledby="compare">
      <h2 id="compare">{t('compare.heading')}</h2>
      {!comparison.related && <p class="notice">{t('compare.unrelated')}</p>}
      <BeforeAfter comparison={comparison} />
      <p>{t('compare.matching')}</p>
      <BarChart chart={beforeAfterChart(comparison, t)} />
      {ORDER.map((status) => {
        const rules = comparison.rules.filter((change) => change.status === status);
        const id = `compare-${status}`;
        return (
          <section aria-labelledby={id} key={status}>
            <h3 id={id}>
              {labels.change(t, status)} ({rules.length}) — {t(`compare.statusHelp.${status}`)}
            </h3>
            {rules.length === 0 ? (
              <p>{t('compare.noneOfThese')}</p>
            ) : (
              <PagedList
                list="ul"
                items={rules}
                pageSize={PER_PAGE}
                render={(change) => <ChangeItem key={change.ruleId} change={change} />}
              />
            )}
          </section>
        );
      })}
    </section>
  );
});

function ChangeItem({ change }: { change: RuleChange }) {
  const { t } = useReportT();
  return (
    <li>
      {ruleText(t, change.ruleId).title} (<code>{change.ruleId}</code>) —{' '}
      {t('card.compared', { before: change.before?.places ?? 0, after: change.after?.places ?? 0 })}
      {change.components.length > 1 && (
        <ul>
          {change.components.map((pair, index) => (
            <li key={index}>
              {labels.change(t, pair.status)}: <code>{(pair.after ?? pair.before)!.id}</code>{' '}
              {t('card.compared', { before: pair.before?.places ?? 0, after: pair.after?.places ?? 0 })}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
