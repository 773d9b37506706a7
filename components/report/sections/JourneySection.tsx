import { stepProblemText } from '@/utils/report/problem-text';
import { MAX_TITLE, MAX_URL } from '@/utils/report/text';
import type { Report, ReportStep } from '@/utils/report/types';
import { labels, type Translate } from '@/utils/report/translate';
import { HeatMap } from '../HeatMap';
import { MoreControls, usePaging } from '../PagedList';
import { PageText } from '../PageText';
import { useReportT } from '../use-report-t';
import { useProgressive } from '../use-progressive';
import { pure } from '../pure';

const COUNT_COLUMNS = ['failed', 'blockers', 'review', 'timeLimits', 'newWindows', 'installs', 'authentication', 'fields'] as const;
const STEPS_PER_PAGE = 25;

/** The finding word and the levels are glossary terms (terms.json); the other columns are the journey's own words. */
function columnLabel(t: Translate, column: (typeof COUNT_COLUMNS)[number]): string {
  if (column === 'failed') return labels.finding(t);
  if (column === 'blockers') return labels.level(t, 'blocker');
  if (column === 'review') return labels.level(t, 'review');
  return t(`journey.${column}`);
}
const ROWS_PER_TASK = 5;

/** The journey map: named steps, who meets how many problems where (a heat map), where people are stopped. */
export const JourneySection = pure(function JourneySection({ report }: { report: Report }) {
  const { t } = useReportT();
  return (
    <section aria-labelledby="journey">
      <h2 id="journey">{t('journey.heading')}</h2>
      <HeatMap report={report} />
      <StepTable steps={report.steps} />
    </section>
  );
});

/** The table grows a few rows per task; only this part re-renders meanwhile, not the map. */
function StepTable({ steps }: { steps: readonly ReportStep[] }) {
  const { t, static: all } = useReportT();
  const { shown, more } = usePaging(STEPS_PER_PAGE);
  const rendered = useProgressive(all ? steps.length : Math.min(shown, steps.length), ROWS_PER_TASK);
  return (
    <>
      <div class="table-scroll">
        <table>
          <caption>{t('journey.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journey.step')}</th>
              <th scope="col">{t('journey.page')}</th>
              {COUNT_COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  {columnLabel(t, column)}
                </th>
              ))}
              <th scope="col">{t('journey.signals')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.slice(0, rendered).map((step) => (
              <StepRow step={step} key={step.index} />
            ))}
          </tbody>
        </table>
      </div>
      {steps.length > STEPS_PER_PAGE && <MoreControls shown={shown} total={steps.length} more={more} />}
    </>
  );
}

const StepRow = pure(function StepRow({ step }: { step: ReportStep }) {
  const { t } = useReportT();
  const counts = [
    step.findings,
    step.byLevel.blocker,
    step.reviewFindings,
    step.friction.timeLimits,
    step.friction.newWindows,
    step.friction.installs,
    step.friction.authentication,
    step.friction.fields,
  ];
  return (
    <tr class={step.byLevel.blocker > 0 ? 'blocked' : undefined}>
      <th scope="row">{step.index + 1}</th>
      <td>
        <strong>
          <PageText text={step.name} max={MAX_TITLE} />
        </strong>
        <br />
        <small>
          <PageText text={step.url} max={MAX_URL} />
        </small>
        {step.status !== 'complete' && (
          <>
            <br />
            <em>
              {labels.pageStatus(t, step.status === 'not-audited' ? 'not-audited' : 'partial')}
              {step.problem ? (
                // Why the record cannot be shown, in the reader's language (a deleted or missing record, an unreadable schema).
                <>: {stepProblemText(t, step.problem)}</>
              ) : (
                step.reason && (
                  <>
                    {/* The audit engine's technical wording (often the browser's), shown as such. */}:{' '}
                    <code>
                      <PageText text={step.reason} max={MAX_TITLE} />
                    </code>
                  </>
                )
              )}
            </em>
          </>
        )}
      </td>
      {step.status === 'not-audited' ? (
        <td colSpan={COUNT_COLUMNS.length}>{labels.pageStatus(t, 'not-audited')}</td>
      ) : (
        counts.map((value, index) => <td key={index}>{value}</td>)
      )}
      <td>
        {step.signals.length === 0
          ? t('journey.noSignals')
          : step.signals.map((signal, i) => (
              <div key={i}>{t('journey.signal', { kind: t(`journey.signalKind.${signal.kind}`), count: signal.count })}</div>
            ))}
      </td>
    </tr>
  );
});
