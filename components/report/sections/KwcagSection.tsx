import { kwcagLabel, kwcagName, kwcagWcag } from '@/utils/report/kwcag-names';
import { labels } from '@/utils/report/translate';
import type { Report } from '@/utils/report/types';
import { useReportT } from '../use-report-t';
import { pure } from '../pure';

/** The KWCAG 2.2 33-item matrix with honest statuses, and the WCAG 2.2 summary. */
export const KwcagSection = pure(function KwcagSection({ report }: { report: Report }) {
  const { t, language } = useReportT();
  return (
    <section aria-labelledby="kwcag">
      <h2 id="kwcag">{t('kwcag.heading')}</h2>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('kwcag.item')}</th>
              <th scope="col">{t('kwcag.name')}</th>
              <th scope="col">{t('kwcag.wcag')}</th>
              <th scope="col">{t('kwcag.status')}</th>
              <th scope="col">{t('kwcag.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {report.kwcag.map((row) => (
              <tr key={row.item}>
                <th scope="row">{kwcagLabel(row.item, row.clause)}</th>
                <td>{kwcagName(row.item, language)}</td>
                <td>{kwcagWcag(row.item).join(', ')}</td>
                <td class={`status-${row.status}`}>{labels.status(t, row.status)}</td>
                <td>{row.findings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});

export const WcagSection = pure(function WcagSection({ report }: { report: Report }) {
  const { t } = useReportT();
  return (
    <section aria-labelledby="wcag">
      <h2 id="wcag">{t('wcag.heading')}</h2>
      {report.wcag.length === 0 ? (
        <p>{t('wcag.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('wcag.criterion')}</th>
              <th scope="col">{t('journey.failed')}</th>
              <th scope="col">{t('journey.review')}</th>
            </tr>
          </thead>
          <tbody>
            {report.wcag.map((row) => (
              <tr key={row.criterion}>
                <th scope="row">{row.criterion}</th>
                <td>{row.failed}</td>
                <td>{row.review}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});
