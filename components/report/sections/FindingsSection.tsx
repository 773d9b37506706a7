import { useMemo, useState } from 'preact/hooks';
import { PERSONAS } from '@/utils/audit/types';
import { principleChart } from '@/utils/report/report-charts';
import { labels, type Translate } from '@/utils/report/translate';
import { MAX_TITLE } from '@/utils/report/text';
import type { Comparison, Report, ReportRule, RuleChange } from '@/utils/report/types';
import { BarChart } from '../BarChart';
import { RuleCard, type HighlightHandler } from '../RuleCard';
import { PagedList } from '../PagedList';
import { PageText } from '../PageText';
import { pure } from '../pure';
import { useReportT } from '../use-report-t';

type View = 'rank' | 'persona' | 'principle' | 'page';
const VIEWS: { view: View; key: string }[] = [
  { view: 'rank', key: 'findings.byRank' },
  { view: 'persona', key: 'findings.byPersona' },
  { view: 'principle', key: 'findings.byPrinciple' },
  { view: 'page', key: 'findings.byPage' },
];
const RULES_PER_PAGE = 20;
const GROUP_RULES_PER_PAGE = 5;
const GROUPS_PER_PAGE = 10;

interface Group {
  key: string;
  /** Made when the group is shown: a 500-page journey has 500 page groups, ten on screen. */
  heading: () => string;
  /** Page-derived headings (step names) render as isolated page text. */
  pageText: boolean;
  rules: ReportRule[];
}

/** One card per rule, ranked (the rule of the ranking is shown), or grouped by person, KWCAG principle or page. */
export const FindingsSection = pure(function FindingsSection({
  report,
  comparison,
  onHighlight,
}: {
  report: Report;
  comparison?: Comparison;
  onHighlight?: HighlightHandler;
}) {
  const { t, language, static: all } = useReportT();
  const [view, setView] = useState<View>('rank');
  const chart = useMemo(() => principleChart(report, t), [report, language]);
  const groups = useMemo(() => (view === 'rank' ? [] : groupsOf(report, view, t)), [report, view, language]);
  const changes = useMemo(() => new Map(comparison?.rules.map((change) => [change.ruleId, change])), [comparison]);
  const journey = report.kind === 'journey';
  const card = (rule: ReportRule) => (
    <RuleCard
      key={rule.id}
      rule={rule}
      journey={journey}
      change={changes.get(rule.ruleId) as RuleChange | undefined}
      onHighlight={onHighlight}
    />
  );
  return (
    <section aria-labelledby="findings">
      <h2 id="findings">{t('findings.heading')}</h2>
      <details class="ranking">
        <summary>{t('ranking.heading')}</summary>
        <p>{t('ranking.rule')}</p>
        <p>{t('ranking.blockers')}</p>
      </details>
      {!all && (
        <label class="no-print">
          {t('findings.view')}{' '}
          <select value={view} onChange={(event) => setView((event.currentTarget as HTMLSelectElement).value as View)}>
            {VIEWS.map((entry) => (
              <option key={entry.view} value={entry.view}>
                {t(entry.key)}
              </option>
            ))}
          </select>
        </label>
      )}
      {report.rules.length === 0 ? (
        <p>{t('findings.empty')}</p>
      ) : view === 'rank' ? (
        <PagedList key="rank" items={report.rules} pageSize={RULES_PER_PAGE} render={card} />
      ) : (
        <PagedList
          key={view}
          items={groups}
          pageSize={GROUPS_PER_PAGE}
          render={(group) => <GroupOfRules key={group.key} group={group} card={card} />}
        />
      )}
      <BarChart chart={chart} />
    </section>
  );
});

function GroupOfRules({ group, card }: { group: Group; card: (rule: ReportRule) => preact.ComponentChildren }) {
  const { t } = useReportT();
  const heading = group.heading();
  return (
    <section aria-label={heading}>
      <h3>{group.pageText ? <PageText text={heading} max={MAX_TITLE} /> : heading}</h3>
      {group.rules.length === 0 ? (
        <p>{t('findings.empty')}</p>
      ) : (
        <PagedList items={group.rules} pageSize={GROUP_RULES_PER_PAGE} render={card} />
      )}
    </section>
  );
}

function groupsOf(report: Report, view: Exclude<View, 'rank'>, t: Translate): Group[] {
  if (view === 'persona') {
    return PERSONAS.map((persona) => ({
      key: persona,
      heading: () => labels.persona(t, persona),
      pageText: false,
      rules: report.rules.filter((rule) => rule.personas.includes(persona)),
    })).filter((group) => group.rules.length > 0);
  }
  if (view === 'principle') {
    return report.byPrinciple
      .map((row) => ({
        key: row.principle,
        heading: () => labels.principle(t, row.principle),
        pageText: false,
        rules: report.rules.filter((rule) =>
          row.principle === 'other'
            ? !rule.kwcag.some((item) => /^[1-4]\./.test(item))
            : rule.kwcag.some((item) => item.startsWith(`${row.principle}.`)),
        ),
      }))
      .filter((group) => group.rules.length > 0);
  }
  const byId = new Map(report.rules.map((rule) => [rule.ruleId, rule]));
  return report.steps.map((step) => ({
    key: String(step.index),
    heading: () => `${labels.step(t, step.index)} · ${step.name}`,
    pageText: true,
    rules: step.ruleIds.map((id) => byId.get(id)!).filter(Boolean),
  }));
}
