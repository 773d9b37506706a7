import { labels } from '@/utils/report/translate';
import { stepProblemText } from '@/utils/report/problem-text';
import { MAX_TITLE, MAX_URL } from '@/utils/report/text';
import type { Report } from '@/utils/report/types';
import { PageText } from '../PageText';
import { pure } from '../pure';
import { useReportT } from '../use-report-t';

/** What was tested, what was skipped, and what only a person can check. */
export const CoverageSection = pure(function CoverageSection({ report }: { report: Report }) {
  const { t } = useReportT();
  const coverage = report.coverage;
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">{t('coverage.heading')}</h2>
      <h3>{t('coverage.tested')}</h3>
      <ul>
        <li>{t('meta.pages', { count: coverage.pages })}</li>
        <li>{t('coverage.frames', { count: coverage.framesAudited })}</li>
        <li>{t('coverage.rules', { count: coverage.rulesRun, passed: coverage.rulesPassed })}</li>
      </ul>
      <h3>{t('coverage.skipped')}</h3>
      {report.counts.notAudited > 0 && (
        <ul>
          {report.steps
            .filter((step) => step.status === 'not-audited')
            .map((step) => (
              <li key={step.index}>
                {t('findings.stepLabel', { step: step.index + 1 })} <PageText text={step.url} max={MAX_URL} /> —{' '}
                {labels.pageStatus(t, 'not-audited')}:{' '}
                {step.problem ? (
                  stepProblemText(t, step.problem)
                ) : (
                  <code>
                    <PageText text={step.reason} max={MAX_TITLE} />
                  </code>
                )}
              </li>
            ))}
        </ul>
      )}
      {coverage.skipped.length === 0 ? (
        <p>{t('coverage.skippedNone')}</p>
      ) : (
        <ul>
          {coverage.skipped.map((skip, index) => (
            <li key={index}>
              <PageText text={skip.url} max={MAX_URL} /> — {t(`coverage.skipKind.${skip.kind}`)}
              {/* The reason in the audit engine's technical wording (often the browser's), shown as such. */}
              {skip.reason && (
                <>
                  {' '}
                  (
                  <code>
                    <PageText text={skip.reason} max={MAX_TITLE} />
                  </code>
                  )
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ul>
        {labels.notTested(t, coverage).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {coverage.errors.length > 0 && (
        <>
          <h3>{t('coverage.errors')}</h3>
          <ul>
            {coverage.errors.map((error, index) => (
              <li key={index}>
                <PageText text={error.frame} max={MAX_URL} />:{' '}
                <code>
                  <PageText text={error.message} max={MAX_TITLE} />
                </code>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('coverage.person')}</h3>
      {coverage.manualOnly.length > 0 && <p>{t('coverage.manualItems', { items: coverage.manualOnly.join(', ') })}</p>}
      <p>{t('coverage.noTool')}</p>
    </section>
  );
});
