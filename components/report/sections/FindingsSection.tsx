import { useMemo, useState } from 'preact/hooks';
import { PERSONAS } from '@/utils/audit/types';
import { principleChart } from '@/utils/report/report-charts';
import { labels } from '@/utils/report/translate';
import { MAX_TITLE } from '@/utils/report/text';
import type { Report, ReportFinding } from '@/utils/report/types';
import { BarChart } from '../BarChart';
import { FindingCard, type HighlightHandler } from '../FindingCard';
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
const FINDINGS_PER_PAGE = 20;
const GROUP_FINDINGS_PER_PAGE = 5;
const GROUPS_PER_PAGE = 10;

interface Group {
  key: string;
  /** Made when the group is shown: a 500-page journey has 500 page groups, ten on screen. */
  heading: () => string;
  /** Page-derived headings (page titles) render as isolated page text. */
  pageText: boolean;
  findings: ReportFinding[];
}

/** Findings, ranked or grouped by person, KWCAG principle or page, each with its evidence. */
export const FindingsSection = pure(function FindingsSection({ report, onHighlight }: { report: Report; onHighlight?: HighlightHandler }) {
  const { t, language } = useReportT();
  const [view, setView] = useState<View>('rank');
  const chart = useMemo(() => principleChart(report, t), [report, language]);
  const groups = useMemo(() => (view === 'rank' ? [] : groupsOf(report, view, t)), [report, view, language]);
  const journey = report.kind === 'journey';
  const card = (finding: ReportFinding) => <FindingCard key={finding.id} finding={finding} journey={journey} onHighlight={onHighlight} />;
  return (
    <section aria-labelledby="findings">
      <h2 id="findings">{t('findings.heading')}</h2>
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
      {report.findings.length === 0 ? (
        <p>{t('findings.empty')}</p>
      ) : view === 'rank' ? (
        <PagedList key="rank" items={report.findings} pageSize={FINDINGS_PER_PAGE} render={card} />
      ) : (
        <PagedList
          key={view}
          items={groups}
          pageSize={GROUPS_PER_PAGE}
          render={(group) => <GroupOfFindings key={group.key} group={group} card={card} />}
        />
      )}
      <BarChart chart={chart} />
    </section>
  );
});

function GroupOfFindings({ group, card }: { group: Group; card: (finding: ReportFinding) => preact.ComponentChildren }) {
  const { t } = useReportT();
  const heading = group.heading();
  return (
    <section aria-label={heading}>
      <h3>{group.pageText ? <PageText text={heading} max={MAX_TITLE} /> : heading}</h3>
      {group.findings.length === 0 ? (
        <p>{t('findings.empty')}</p>
      ) : (
        <PagedList items={group.findings} pageSize={GROUP_FINDINGS_PER_PAGE} render={card} />
      )}
    </section>
  );
}

function groupsOf(report: Report, view: Exclude<View, 'rank'>, t: (key: string, options?: Record<string, unknown>) => string): Group[] {
  if (view === 'persona') {
    return PERSONAS.map((persona) => ({
      key: persona,
      heading: () => labels.persona(t, persona),
      pageText: false,
      findings: report.findings.filter((finding) => finding.personas.includes(persona)),
    })).filter((group) => group.findings.length > 0);
  }
  if (view === 'principle') {
    return report.byPrinciple
      .map((row) => ({
        key: row.principle,
        heading: () => labels.principle(t, row.principle),
        pageText: false,
        findings: report.findings.filter((finding) =>
          row.principle === 'other'
            ? !finding.kwcag.some((item) => /^[1-4]\./.test(item))
            : finding.kwcag.some((item) => item.startsWith(`${row.principle}.`)),
        ),
      }))
      .filter((group) => group.findings.length > 0);
  }
  const byId = new Map(report.findings.map((finding) => [finding.id, finding]));
  return report.steps.map((step) => ({
    key: String(step.index),
    heading: () => `${t('findings.stepLabel', { step: step.index + 1 })} · ${step.title || step.url}`,
    pageText: true,
    findings: step.findingIds.map((id) => byId.get(id)!).filter(Boolean),
  }));
}
