import { useMemo } from 'preact/hooks';
import { stepChart } from '@/utils/report/report-charts';
import { MAX_TITLE, MAX_URL } from '@/utils/report/text';
import type { Report, ReportStep } from '@/utils/report/types';
import { BarChart } from '../BarChart';
import { MoreControls, usePaging } from '../PagedList';
import { PageText } from '../PageText';
import { useReportT } from '../use-report-t';
import { useProgressive } from '../use-progressive';
import { pure } from '../pure';

const COLUMNS = [
  'step',
  'page',
  'failed',
  'review',
  'timeLimits',
  'newWindows',
  'installs',
  'authentication',
  'fields',
  'signals',
] as const;
const STEPS_PER_PAGE = 25;
const ROWS_PER_TASK = 5;

/** Each step of the task with its friction: findings, time limits, new windows, installs, fields, users' signals. */
export const JourneySection = pure(function JourneySection({ report }: { report: Report }) {
  const { t, language } = useReportT();
  const chart = useMemo(() => stepChart(report, t), [report, language]);
  return (
    <section aria-labelledby="journey">
      <h2 id="journey">{t('journey.heading')}</h2>
      <StepTable steps={report.steps} />
      <BarChart chart={chart} />
    </section>
  );
});

/** The table grows a few rows per task; only this part re-renders meanwhile, not the chart. */
function StepTable({ steps }: { steps: readonly ReportStep[] }) {
  const { t } = useReportT();
  const { shown, more } = usePaging(STEPS_PER_PAGE);
  const rendered = useProgressive(Math.min(shown, steps.length), ROWS_PER_TASK);
  return (
    <>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  {t(`journey.${column}`)}
                </th>
              ))}
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
  return (
    <tr>
      <td>{step.index + 1}</td>
      <td>
        <PageText text={step.title || step.url} max={MAX_TITLE} />
        <br />
        <small>
          <PageText text={step.url} max={MAX_URL} />
        </small>
      </td>
      <td>{step.failed}</td>
      <td>{step.review}</td>
      <td>{step.friction.timeLimits}</td>
      <td>{step.friction.newWindows}</td>
      <td>{step.friction.installs}</td>
      <td>{step.friction.authentication}</td>
      <td>{step.friction.fields}</td>
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
