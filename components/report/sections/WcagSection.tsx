import type { Report } from '@/utils/report/types';
import { labels } from '@/utils/report/translate';
import { useReportT } from '../use-report-t';
import { pure } from '../pure';

/** WCAG 2.2 success criteria, counted in findings like every other table. */
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
              <th scope="col">{labels.finding(t)}</th>
              <th scope="col">{labels.level(t, 'review')}</th>
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
