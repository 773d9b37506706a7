import { useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { useHighlightLayer } from '@/components/overlay/layer';
import { useOverlay } from '@/components/overlay/overlay-context';
import { send } from '@/utils/messaging/send';
import { rangeOf } from '@/utils/glossary/page-marks';
import type { TermMatch } from '@/utils/glossary/find-terms';
import { useHelperSettings } from '@/components/overlay/field-helper/use-helper-settings';
import { usePageTerms } from '@/components/overlay/GlossaryPageTerms';
import glossaryCss from '@/components/overlay/Glossary.css?inline';
import type { OverlaySection } from './section';

/**
 * 이 페이지의 어려운 말: the glossary terms found on this page, each with its plain meaning in the
 * user's language next to the Korean term. Each term is a button that points at the term's first
 * place on the page with the highlight layer. The page is scanned only while this is open.
 */
function GlossarySection() {
  const { t, language } = useT('overlay');
  const glossary = useT('glossary').t;
  const { runtime, win, announce, pageKey } = useOverlay();
  const layer = useHighlightLayer();
  const { hardWords } = useHelperSettings();
  const { firsts, scanning } = usePageTerms(true, win.document, pageKey);
  const [selected, setSelected] = useState<string | null>(null);

  const show = (match: TermMatch) => {
    const range = rangeOf(win.document, match);
    setSelected(match.id);
    if (!range) return announce(t('glossarySection.gone', { term: match.text }));
    layer.highlight(range, { label: `「${match.text}」 ${glossary(`${match.id}.plain`)}` });
    announce(t('glossarySection.shown', { term: match.text }));
  };

  return (
    <div class="section-body">
      <style>{glossaryCss}</style>
      <label class="glossary-toggle">
        <input
          type="checkbox"
          checked={hardWords}
          onChange={(event) => void send(runtime, 'helpers:update', { hardWords: event.currentTarget.checked })}
        />
        <span>{t('glossarySection.markOnPage')}</span>
      </label>
      {firsts.length === 0 ? (
        <p role="status">{scanning ? t('glossarySection.searching') : t('glossarySection.none')}</p>
      ) : (
        <ul class="glossary-list" aria-label={t('glossarySection.title')}>
          {firsts.map((match) => (
            <li key={match.id}>
              <button
                type="button"
                class="glossary-term"
                aria-pressed={selected === match.id}
                aria-describedby={`dotbogi-term-${match.id}`}
                onClick={() => show(match)}
              >
                <span lang="ko">「{match.text}」</span>
                {language !== 'ko' && <span> {glossary(`${match.id}.term`)}</span>}
              </button>
              <p id={`dotbogi-term-${match.id}`} class="term-plain">
                {glossary(`${match.id}.plain`)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const glossarySection: OverlaySection = { id: 'glossary', titleKey: 'glossarySection.title', Component: GlossarySection };
