import type { TFunction } from 'i18next';
import { useMemo } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { kwcagLabel } from '@/utils/audit/rule-map';
import type { KwcagMatrixRow, StoredPageAudit } from '@/utils/audit/types';
import { buildReport } from '@/utils/report/build-report';
import { formatTime } from '@/utils/report/time';
import { labels } from '@/utils/report/translate';
import { useReportT } from '@/components/report/use-report-t';
import { RuleItem, type ShowPlace } from './RuleItem';

/**
 * One page audit as the designer works with it beside the page: one collapsed item per rule (the
 * report's own rules, built by utils/report/build-report for this page) with how many places and
 * a ‘보기’ that steps through them on the page; the KWCAG matrix and coverage folded away.
 */
export function PageAuditView({ page, onShow }: { page: StoredPageAudit; onShow?: ShowPlace }) {
  const { t, language } = useT('audit');
  const { t: reportT } = useReportT();
  const report = useMemo(() => buildReport({ kind: 'page', audit: page }), [page]);
  const failed = report.counts.findings;
  const review = report.counts.reviewFindings;
  return (
    <section class="audit-result" aria-labelledby={`page-${page.id}`}>
      <h2 id={`page-${page.id}`}>{report.name}</h2>
      {page.status !== 'complete' && <p class="audit-warning">{labels.pageStatus(reportT, page.status)}</p>}
      <p>{t('summary', { count: failed, review, frames: page.coverage.framesAudited })}</p>
      <p class="audit-honesty">{t('honesty')}</p>
      <h3>{labels.finding(reportT)}</h3>
      {report.rules.length === 0 ? (
        <p>{t('noFindings')}</p>
      ) : (
        <ul class="rule-items">
          {report.rules.map((rule) => (
            <RuleItem key={rule.id} rule={rule} onShow={onShow} />
          ))}
        </ul>
      )}
      <details>
        <summary>{t('matrixHeading')}</summary>
        <KwcagTable rows={page.kwcag} t={t} />
      </details>
      <details>
        <summary>{t('coverageHeading')}</summary>
        <ul>
          <li>{t('framesAudited', { count: page.coverage.framesAudited })}</li>
          {page.coverage.framesSkipped.map((frame, index) => (
            <li key={`s${index}`}>{t('frameSkipped', { url: frame.url, reason: frame.reason })}</li>
          ))}
          {page.coverage.errors.map((error, index) => (
            <li key={`e${index}`}>{error.message}</li>
          ))}
          {labels.notTested(reportT, { viewports: [page.viewport], frameByFrame: page.coverage.frameByFrame ? 1 : 0 }).map((line) => (
            <li key={line}>{line}</li>
          ))}
          <li>{t('manualOnly', { items: page.coverage.manualOnly.map(kwcagLabel).join(', ') })}</li>
        </ul>
      </details>
      <p class="audit-meta">
        {t('engines', {
          axe: page.engines.axeCore,
          version: page.engines.dotbogi,
          time: formatTime(page.finishedAt, language),
        })}
      </p>
    </section>
  );
}

export function KwcagTable({ rows, t }: { rows: KwcagMatrixRow[]; t: TFunction }) {
  const { t: reportT } = useReportT();
  return (
    <table class="kwcag">
      <thead>
        <tr>
          <th scope="col">KWCAG 2.2</th>
          <th scope="col">{t('matrixStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.item}>
            <th scope="row">{kwcagLabel(row.item)}</th>
            <td class={`kwcag-${row.status}`}>{labels.cert(reportT, row.status)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
