import { useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { PageText } from '@/components/report/PageText';
import { useReportT } from '@/components/report/use-report-t';
import type { HighlightReply } from '@/utils/messaging/replies';
import { kwcagLabel } from '@/utils/audit/rule-map';
import { labels } from '@/utils/report/translate';
import { ruleText } from '@/utils/report/rule-text';
import { MAX_SNIPPET } from '@/utils/report/text';
import type { Place, ReportRule } from '@/utils/report/types';

/** Points at one place of a rule on the page: `position` 1-based of `total` (the pointer's label says so). */
export type ShowPlace = (place: Place, position: number, total: number, open?: boolean) => Promise<HighlightReply>;

const REASON: Record<HighlightReply['reason'], string> = {
  shown: 'findings.highlighted',
  'no-tab': 'findings.notOpen',
  'not-found': 'findings.notFound',
  'overlay-off': 'findings.overlayOff',
};

/**
 * One rule on the current page, collapsed to its name, level and "n곳"; ‘보기’ points at its
 * places on the page one after another (the pointer stays until the designer presses the page or
 * scrolls it away), and says truthfully when it could not.
 */
export function RuleItem({ rule, onShow }: { rule: ReportRule; onShow?: ShowPlace }) {
  const { t } = useReportT();
  const { t: own } = useT('audit');
  const places = rule.allPlaces.filter((place) => place.node.target.length > 0);
  const [next, setNext] = useState(0);
  const [status, setStatus] = useState<{ place: Place; position: number; reply: HighlightReply } | null>(null);
  const count = rule.places + rule.reviewPlaces;
  const titleId = `item-${rule.id}`;

  const show = async (open = false) => {
    if (!onShow || places.length === 0) return;
    const index = open && status ? status.position - 1 : next;
    const place = places[index]!;
    const reply = await onShow(place, index + 1, places.length, open).catch((): HighlightReply => ({ shown: false, reason: 'no-tab' }));
    setStatus({ place, position: index + 1, reply });
    if (!open) setNext((index + 1) % places.length);
  };

  return (
    <li class="rule-item" data-level={rule.level}>
      <details>
        <summary>
          <span id={titleId} class="rule-item-title">
            {ruleText(t, rule.ruleId).title}
          </span>{' '}
          <span class="rule-item-count">
            {labels.level(t, rule.level)} · {t('findings.places', { count })}
          </span>
        </summary>
        <ul class="tags">
          {rule.personas.map((persona) => (
            <li key={persona}>{labels.persona(t, persona)}</li>
          ))}
          {rule.kwcag.map((item) => (
            <li key={`k${item}`}>KWCAG {kwcagLabel(item)}</li>
          ))}
        </ul>
        <p>
          {t(rule.recommendation.service ? 'card.service' : 'card.change')}: {labels.recommendation(t, rule.recommendation.text)}
        </p>
      </details>
      {onShow && places.length > 0 && (
        <div class="rule-item-show">
          <button type="button" aria-describedby={titleId} onClick={() => void show()}>
            {own('showPlace')}
          </button>
          <div role="status" aria-live="polite">
            {status && (
              <>
                <p>
                  {status.reply.shown
                    ? own('placeShown', { position: status.position, total: places.length })
                    : t(REASON[status.reply.reason])}
                </p>
                {status.reply.shown && status.place.node.snippet && (
                  <code class="finding-snippet">
                    <PageText text={status.place.node.snippet} max={MAX_SNIPPET} />
                  </code>
                )}
              </>
            )}
          </div>
          {status?.reply.reason === 'no-tab' && (
            <button type="button" onClick={() => void show(true)}>
              {t('findings.openPage')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
