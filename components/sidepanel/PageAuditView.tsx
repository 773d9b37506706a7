import type { TFunction } from 'i18next';
import { useT } from '@/components/i18n/I18nProvider';
import { useReportT } from '@/components/report/use-report-t';
import { kwcagLabel } from '@/utils/audit/rule-map';
import type { Finding, KwcagMatrixRow, StoredPageAudit } from '@/utils/audit/types';
import { ruleText } from '@/utils/report/rule-text';
import { formatTime } from '@/utils/report/time';
import { labels } from '@/utils/report/translate';

/** One page audit: ranked findings, the KWCAG matrix and the coverage statement. */
export function PageAuditView({ page }: { page: StoredPageAudit }) {
  const { t, language } = useT('audit');
  const { t: reportT } = useReportT();
  const failed = page.findings.filter((finding) => finding.outcome === 'failed').length;
  const review = page.findings.length - failed;
  return (
    <section class="audit-result" aria-labelledby={`page-${page.id}`}>
      <h2 id={`page-${page.id}`}>{page.title || page.url}</h2>
      <p class="audit-url">{page.url}</p>
      {page.status !== 'complete' && <p class="audit-warning">{t(`pageStatus.${page.status}`)}</p>}
      <p>{t('summary', { count: failed, review, frames: page.coverage.framesAudited })}</p>
      <p class="audit-honesty">{t('honesty')}</p>
      <FindingList findings={page.findings} heading={t('findingsHeading')} />
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

/** Findings, ranked (the assembler sorts: failures, then severity, then how many groups are hurt). */
export function FindingList({ findings, heading }: { findings: Finding[]; heading: string }) {
  const { t, language } = useT('audit');
  const { t: reportT } = useReportT();
  if (findings.length === 0) return <p>{t('noFindings')}</p>;
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return (
    <>
      <h3>{heading}</h3>
      <ul class="findings">
        {findings.map((finding) => (
          <li key={finding.id} class={`finding finding-${finding.outcome}`}>
            <strong>{ruleText(reportT, finding.ruleId).title}</strong>
            <span class="finding-tags">
              {t(`outcome.${finding.outcome}`)} · {t(`severity.${finding.severity}`)} · {t('nodes', { count: finding.nodes.length })}
            </span>
            <span>{t('whoIsHurt', { who: list.format(finding.personas.map((persona) => t(`persona.${persona}`))) })}</span>
            {finding.kwcag.length > 0 && <span>KWCAG {finding.kwcag.map(kwcagLabel).join(', ')}</span>}
            {finding.wcag.length > 0 && <span>WCAG {finding.wcag.join(', ')}</span>}
            {finding.nodes[0]?.snippet && <code class="finding-snippet">{finding.nodes[0].snippet}</code>}
          </li>
        ))}
      </ul>
    </>
  );
}

export function KwcagTable({ rows, t }: { rows: KwcagMatrixRow[]; t: TFunction }) {
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
            <td class={`kwcag-${row.status}`}>{t(`status.${row.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
