import { useState } from 'preact/hooks';
import { evidenceOf } from '@/utils/report/evidence';
import { labels } from '@/utils/report/translate';
import { evidence, MAX_SELECTOR, MAX_SNIPPET, MAX_TITLE, MAX_URL } from '@/utils/report/text';
import type { ReportFinding } from '@/utils/report/types';
import { PageText } from './PageText';
import { pure } from './pure';
import { useReportT } from './use-report-t';

/** Asks the tab showing `url` to point at the element; resolves whether a tab showed it. */
export type HighlightHandler = (url: string, target: string[]) => Promise<boolean>;

export const FindingCard = pure(function FindingCard({
  finding,
  journey,
  onHighlight,
}: {
  finding: ReportFinding;
  journey: boolean;
  onHighlight?: HighlightHandler;
}) {
  const { t } = useReportT();
  const [status, setStatus] = useState('');
  // The first place is shown at once; the rest on request, so a page of cards stays light.
  const [expanded, setExpanded] = useState(false);
  const full = evidenceOf(finding);
  const first = full.shown[0];
  const view = expanded || !first ? full : { ...full, shown: [{ occurrence: first.occurrence, nodes: first.nodes.slice(0, 1) }] };
  const collapsed =
    full.shown.reduce((sum, entry) => sum + entry.nodes.length, 0) - view.shown.reduce((sum, entry) => sum + entry.nodes.length, 0);
  const titleId = `finding-${finding.id}-title`;
  const highlight = async (url: string, target: string[]) => {
    if (!onHighlight) return;
    setStatus(t((await onHighlight(url, target).catch(() => false)) ? 'findings.highlighted' : 'findings.notOpen'));
  };
  return (
    <article class="finding" data-severity={finding.severity}>
      <h3 id={titleId}>
        <PageText text={finding.title || finding.ruleId} max={MAX_TITLE} />
      </h3>
      <ul class="tags">
        <li>{labels.outcome(t, finding.outcome)}</li>
        <li>{labels.severity(t, finding.severity)}</li>
        {finding.personas.map((persona) => (
          <li key={persona}>{labels.persona(t, persona)}</li>
        ))}
        {finding.kwcag.map((item) => (
          <li key={`k${item}`}>KWCAG {item}</li>
        ))}
        {finding.wcag.map((criterion) => (
          <li key={`w${criterion}`}>WCAG {criterion}</li>
        ))}
        <li>
          <code>{finding.ruleId}</code>
        </li>
        <li>{t('findings.score', { score: finding.score })}</li>
      </ul>
      <p>
        <strong>{t('findings.recommendation')}:</strong>{' '}
        <span class="recommendation">{labels.recommendation(t, finding.recommendation.text)}</span>
        {finding.recommendation.krds && (
          <>
            <br />
            {t('findings.krds', { ...finding.recommendation.krds })}
          </>
        )}
      </p>
      <p>
        {finding.journeyWide
          ? t('findings.journeyWide')
          : `${t('meta.pages', { count: view.pages })} · ${t('findings.places', { count: finding.instances })}`}
      </p>
      {view.shown.map(({ occurrence, nodes }) => (
        <div class="occurrence" key={occurrence.step}>
          <p>
            <strong>{journey ? t('findings.stepLabel', { step: occurrence.step + 1 }) : t('findings.where')}</strong>{' '}
            <PageText text={occurrence.url} max={MAX_URL} />
          </p>
          {nodes.map((node, index) => (
            <div key={index}>
              <p>
                {t('findings.selector')}:{' '}
                <code>
                  <PageText text={node.target.join(' ')} max={MAX_SELECTOR} />
                </code>
              </p>
              <pre>
                <code>{evidence(node.snippet, MAX_SNIPPET)}</code>
              </pre>
              {onHighlight && (
                <button type="button" class="no-print" onClick={() => void highlight(occurrence.url, node.target)}>
                  {t('findings.highlight')}
                </button>
              )}
            </div>
          ))}
        </div>
      ))}
      {collapsed > 0 && (
        <button type="button" class="no-print" aria-describedby={titleId} onClick={() => setExpanded(true)}>
          {t('findings.showMore')}
        </button>
      )}
      {expanded && full.hidden > 0 && <p>{t('findings.morePlaces', { count: full.hidden })}</p>}
      <p role="status" aria-live="polite">
        {status}
      </p>
    </article>
  );
});
