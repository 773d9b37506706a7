import type { Report } from '@/utils/report/types';
import { totalsLine } from '@/utils/report/words';
import { useReportT } from './use-report-t';

/** The report's numbers in one line, the same words everywhere (utils/report/counting.ts). */
export function Totals({ report }: { report: Report }) {
  const { t } = useReportT();
  return <p class="totals">{totalsLine(t, report)}</p>;
}

/** "숫자 읽는 법": what each number counts. */
export function CountingBox() {
  const { t } = useReportT();
  return (
    <aside class="counting" aria-labelledby="counting-heading">
      <h3 id="counting-heading">{t('counting.heading')}</h3>
      <ul>
        {(['finding', 'places', 'review', 'rule', 'journey'] as const).map((key) => (
          <li key={key}>{t(`counting.${key}`)}</li>
        ))}
      </ul>
    </aside>
  );
}
