import { useState } from 'preact/hooks';
import type { HighlightReply } from '@/utils/messaging/replies';
import { ruleText } from '@/utils/report/rule-text';
import { labels } from '@/utils/report/translate';
import { evidence, MAX_SELECTOR, MAX_SNIPPET, MAX_TITLE, MAX_URL } from '@/utils/report/text';
import type { Place, ReportRule, RuleChange } from '@/utils/report/types';
import { measuredLine, stepList } from '@/utils/report/words';
import { PageText } from './PageText';
import { PagedList } from './PagedList';
import { pure } from './pure';
import { useReportT } from './use-report-t';

/**
 * Asks the tab showing `url` to point at the element (`tabId`, the tab the audit ran in, first),
 * or with `open`, opens the page in a new tab and points there; resolves whether it was shown,
 * and if not, why.
 */
export type HighlightHandler = (url: string, target: string[], open?: boolean, tabId?: number) => Promise<HighlightReply>;

const HIGHLIGHT_STATUS: Record<HighlightReply['reason'], string> = {
  shown: 'findings.highlighted',
  'no-tab': 'findings.notOpen',
  'not-found': 'findings.notFound',
  'overlay-off': 'findings.overlayOff',
};

/** Steps listed on a card before "and n more steps". */
const STEPS_SHOWN = 12;
/** Places listed per press of "더 보기" in the full list. */
const PLACES_PER_PAGE = 50;
/** The standalone file lists this many places per rule; the CSV and the workbook hold them all. */
export const STATIC_PLACES = 200;

/** One rule over the whole report: where, how much, what to change, who acts, and every place. */
export const RuleCard = pure(function RuleCard({
  rule,
  journey,
  change,
  onHighlight,
}: {
  rule: ReportRule;
  journey: boolean;
  change?: RuleChange;
  onHighlight?: HighlightHandler;
}) {
  const { t, language, static: all } = useReportT();
  const [open, setOpen] = useState(false);
  const titleId = `rule-${rule.id}-title`;
  const rec = rule.recommendation;
  const failedSteps = rule.steps.filter((step) => step.places > 0);
  const text = ruleText(t, rule.ruleId);
  return (
    <article class="finding" data-level={rule.level} aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span class="rank">{rule.rank}.</span> {text.title}
      </h3>
      {text.explanation && <p class="explanation">{text.explanation}</p>}
      <ul class="tags">
        <li class={`level level-${rule.level}`}>{labels.level(t, rule.level)}</li>
        {change && <li class={`change change-${change.status}`}>{labels.change(t, change.status)}</li>}
        <li>{labels.severity(t, rule.severity)}</li>
        <li class={`confidence confidence-${rule.confidence}`}>{labels.confidence(t, rule.confidence)}</li>
        {rule.personas.map((persona) => (
          <li key={persona}>{labels.persona(t, persona)}</li>
        ))}
        {rule.kwcag.map((item) => (
          <li key={`k${item}`}>KWCAG {item}</li>
        ))}
        {rule.wcag.map((criterion) => (
          <li key={`w${criterion}`}>WCAG {criterion}</li>
        ))}
      </ul>
      <p class="counts">
        {rule.findings > 0 && t('card.counts', { findings: rule.findings, places: rule.places })}
        {rule.findings > 0 && rule.reviewFindings > 0 && ' · '}
        {rule.reviewFindings > 0 && t('card.reviewCounts', { findings: rule.reviewFindings, places: rule.reviewPlaces })}
      </p>
      {journey && failedSteps.length > 0 && (
        <p>
          {failedSteps
            .slice(0, STEPS_SHOWN)
            .map((step) => `${labels.step(t, step.step)} ${t('findings.places', { count: step.places })}`)
            .join(' · ')}
          {failedSteps.length > STEPS_SHOWN && ` · ${t('card.moreSteps', { count: failedSteps.length - STEPS_SHOWN })}`}
        </p>
      )}
      {rule.blockerSteps.length > 0 && <p class="blocks">{t('card.blocks', { steps: stepList(rule.blockerSteps) })}</p>}
      {change && change.before && <p>{t('card.compared', { before: change.before.places, after: change.after?.places ?? 0 })}</p>}
      <EvidenceList rule={rule} journey={journey} />
      <dl class="fix">
        <dt>{t(rec.service ? 'card.service' : 'card.change')}</dt>
        <dd class="recommendation">{labels.recommendation(t, rec.text)}</dd>
        {rec.markup && (
          <>
            <dt>{t('card.markup')}</dt>
            <dd>
              <pre>
                <code>{rec.markup}</code>
              </pre>
            </dd>
          </>
        )}
        {rec.krds && (
          <>
            <dt>KRDS</dt>
            <dd>
              {language === 'ko' ? `${rec.krds.section.ko} › ${rec.krds.ko}` : `${rec.krds.section.en} › ${rec.krds.en} (${rec.krds.ko})`}
            </dd>
          </>
        )}
        <dt>{t('card.who')}</dt>
        <dd>{rec.roles.map((role) => labels.role(t, role)).join(', ')}</dd>
      </dl>
      <h4>{t('card.examples')}</h4>
      {rule.examples.map((place, index) => (
        <PlaceView key={index} place={place} journey={journey} onHighlight={all ? undefined : onHighlight} />
      ))}
      <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('card.allPlaces', { count: rule.allPlaces.length })}</summary>
        {(open || all) && <AllPlaces places={rule.allPlaces} journey={journey} />}
      </details>
      <p class="reference">
        {t('card.reference')}: <code>{rule.ruleId}</code>
        {rule.helpUrl && (
          <>
            {' '}
            <PageText text={rule.helpUrl} max={MAX_URL} />
          </>
        )}
      </p>
    </article>
  );
});

/** Why the check fired: what it measured against its threshold, the words it matched, the fields it judged the same. */
function EvidenceList({ rule, journey }: { rule: ReportRule; journey: boolean }) {
  const { t } = useReportT();
  const { measured, matched, same } = rule.evidence;
  if (measured.length + matched.length + same.length === 0) return null;
  return (
    <dl class="evidence">
      {measured.length > 0 && (
        <>
          <dt>{t('card.measured')}</dt>
          <dd>{measured.map((value) => measuredLine(value, t)).join(' · ')}</dd>
        </>
      )}
      {matched.length > 0 && (
        <>
          <dt>{t('card.matched')}</dt>
          <dd>
            {matched.map((word, index) => (
              <span key={index}>
                {index > 0 && ', '}「<PageText text={word} max={MAX_TITLE} />」
              </span>
            ))}
          </dd>
        </>
      )}
      {same.length > 0 && (
        <>
          <dt>{t('card.same')}</dt>
          {same.map(([a, b], index) => (
            <dd key={index}>
              {journey && `${labels.step(t, a.step)} `}「<PageText text={a.label} max={MAX_TITLE} />」 ↔{' '}
              {journey && `${labels.step(t, b.step)} `}「
              <PageText text={b.label} max={MAX_TITLE} />」
            </dd>
          ))}
        </>
      )}
    </dl>
  );
}

function AllPlaces({ places, journey }: { places: readonly Place[]; journey: boolean }) {
  const { t, static: all } = useReportT();
  const shown = all ? places.slice(0, STATIC_PLACES) : places;
  return (
    <>
      <PagedList
        list="ol"
        items={shown}
        pageSize={PLACES_PER_PAGE}
        render={(place, index) => (
          <li key={index}>
            <PlaceView place={place} journey={journey} />
          </li>
        )}
      />
      {shown.length < places.length && <p>{t('card.placesCapped', { shown: shown.length, total: places.length })}</p>}
    </>
  );
}

function PlaceView({ place, journey, onHighlight }: { place: Place; journey: boolean; onHighlight?: HighlightHandler }) {
  const { t } = useReportT();
  const [status, setStatus] = useState('');
  const [noTab, setNoTab] = useState(false);
  const highlight = async (open = false) => {
    if (!onHighlight) return;
    if (open) setStatus(t('findings.opening'));
    const reply = await onHighlight(place.url, place.node.target, open).catch((): HighlightReply => ({ shown: false, reason: 'no-tab' }));
    setStatus(t(HIGHLIGHT_STATUS[reply.reason]));
    // Truthful, and one press away from fixing it: no tab shows the page, so offer to open it.
    setNoTab(reply.reason === 'no-tab');
  };
  return (
    <div class="occurrence">
      <p>
        <strong>{journey ? labels.step(t, place.step) : t('findings.where')}</strong> <PageText text={place.url} max={MAX_URL} />
        {place.blocks && <strong class="blocks"> — {labels.level(t, 'blocker')}</strong>}
        {place.outcome === 'needs-review' && <em> — {labels.level(t, 'review')}</em>}
      </p>
      <p>
        {t('findings.selector')}:{' '}
        <code>
          <PageText text={place.node.target.join(' ')} max={MAX_SELECTOR} />
        </code>
      </p>
      {place.node.snippet && (
        <pre>
          <code>{evidence(place.node.snippet, MAX_SNIPPET)}</code>
        </pre>
      )}
      {onHighlight && (
        <>
          <button type="button" class="no-print" onClick={() => void highlight()}>
            {t('findings.highlight')}
          </button>
          <p role="status" aria-live="polite">
            {status}
          </p>
          {noTab && (
            <button type="button" class="no-print" onClick={() => void highlight(true)}>
              {t('findings.openPage')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
