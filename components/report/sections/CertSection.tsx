import { useState } from 'preact/hooks';
import { kwcagLabel, kwcagName, kwcagWcag } from '@/utils/report/kwcag-names';
import { ruleText } from '@/utils/report/rule-text';
import { certEvidence } from '@/utils/report/cert';
import { labels } from '@/utils/report/translate';
import type { CertCell, CertRow, Report } from '@/utils/report/types';
import { pure } from '../pure';
import { useReportT } from '../use-report-t';

/** Steps shown side by side on the page; the standalone file shows up to STATIC_COLUMNS, the workbook all. */
const COLUMNS = 8;
const STATIC_COLUMNS = 40;

/**
 * The 품질인증 view: the 33 KWCAG 2.2 items × the audited pages, 적합 / 부적합 / 해당없음 / 확인 필요
 * per cell, the rules that decided each item, and the items that always need a person.
 */
export const CertSection = pure(function CertSection({ report }: { report: Report }) {
  const { t, language, static: all } = useReportT();
  const [from, setFrom] = useState(0);
  const steps = report.steps;
  const count = all ? Math.min(steps.length, STATIC_COLUMNS) : Math.min(COLUMNS, steps.length - from);
  const start = all ? 0 : from;
  const shown = steps.slice(start, start + count);
  return (
    <section aria-labelledby="kwcag">
      <h2 id="kwcag">{t('cert.heading')}</h2>
      <p>{t('cert.intro')}</p>
      <ul class="legend">
        {(['pass', 'fail', 'not-applicable', 'review'] as const).map((status) => (
          <li key={status}>
            <span class={`cert cert-${status}`}>{labels.cert(t, status)}</span>: {t(`cert.meaning.${status}`)}
          </li>
        ))}
      </ul>
      {!all && steps.length > COLUMNS && (
        <p class="no-print">
          <button type="button" disabled={from === 0} onClick={() => setFrom(Math.max(0, from - COLUMNS))}>
            {t('cert.previous')}
          </button>{' '}
          <button type="button" disabled={from + COLUMNS >= steps.length} onClick={() => setFrom(from + COLUMNS)}>
            {t('cert.next')}
          </button>{' '}
          <span role="status" aria-live="polite">
            {t('cert.showing', { from: start + 1, to: start + count, total: steps.length })}
          </span>
        </p>
      )}
      {all && steps.length > count && <p>{t('cert.inWorkbook', { shown: count, total: steps.length })}</p>}
      <div class="table-scroll">
        <table class="cert-matrix">
          <thead>
            <tr>
              <th scope="col">{t('kwcag.item')}</th>
              <th scope="col">{t('kwcag.name')}</th>
              <th scope="col">{t('cert.overall')}</th>
              {shown.map((step) => (
                <th scope="col" key={step.index}>
                  {labels.step(t, step.index)}
                </th>
              ))}
              <th scope="col">{t('cert.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {report.cert.map((row) => (
              <tr key={row.item}>
                <th scope="row">{kwcagLabel(row.item, row.clause)}</th>
                <td>
                  {kwcagName(row.item, language)}
                  <br />
                  <small>WCAG {kwcagWcag(row.item).join(', ') || '—'}</small>
                </td>
                <td>
                  <Status status={row.status} />
                </td>
                {shown.map((step) => (
                  <td key={step.index}>
                    <Cell cell={row.cells[step.index]!} />
                  </td>
                ))}
                <td>
                  <Evidence row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});

function Status({ status }: { status: CertRow['status'] }) {
  const { t } = useReportT();
  return <span class={`cert cert-${status}`}>{labels.cert(t, status)}</span>;
}

function Cell({ cell }: { cell: CertCell }) {
  const { t } = useReportT();
  const failed = cell.evidence.filter((item) => item.outcome === 'failed').map((item) => item.ruleId);
  return (
    <>
      <Status status={cell.status} />
      {failed.length > 0 && (
        <>
          <br />
          <small>
            <code>{failed.join(', ')}</code>
          </small>
        </>
      )}
      {cell.why !== 'decided' && (
        <>
          <br />
          <small>{t(`cert.why.${cell.why}`)}</small>
        </>
      )}
    </>
  );
}

/** Which rules decided the item over the report, with how many pages gave each outcome. */
function Evidence({ row }: { row: CertRow }) {
  const { t } = useReportT();
  const rules = certEvidence(row);
  return (
    <>
      {row.automation !== 'full' && <p class="person">{t(row.automation === 'manual' ? 'cert.why.manual-item' : 'cert.partial')}</p>}
      {rules.length > 0 && (
        <ul class="evidence">
          {rules.map((rule) => (
            <li key={rule.ruleId}>
              {ruleText(t, rule.ruleId).title} (<code>{rule.ruleId}</code>):{' '}
              {(['failed', 'needs-review', 'passed', 'inapplicable'] as const)
                .filter((outcome) => rule.pages[outcome] > 0)
                .map((outcome) => t('cert.outcomePages', { outcome: labels.outcome(t, outcome), count: rule.pages[outcome] }))
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
