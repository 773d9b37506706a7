import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { useHighlightLayer } from '@/components/overlay/layer';
import { useOverlay } from '@/components/overlay/overlay-context';
import { send } from '@/utils/messaging/send';
import { easyReadApi, type EasyReadView } from '@/components/easy-read/api';
import type { OverlaySection } from './section';

type State = 'idle' | 'finding' | 'empty' | 'failed' | 'open' | 'away';

/**
 * 쉬운 글 보기: opens the page's main text as a simplified copy over the whole screen. The view
 * and Readability live in their own script, which the background injects on the first press
 * (components/easy-read/): this section is only the button and what it says meanwhile.
 */
function EasyReadSection() {
  const { t, language, dir } = useT('overlay');
  const glossary = useT('glossary').t;
  const { runtime, win, settings, updateSettings, announce, makeRoomFor, pageKey } = useOverlay();
  const layer = useHighlightLayer();
  const [state, setState] = useState<State>('idle');
  const view = useRef<EasyReadView | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const drop = () => {
    view.current?.destroy();
    view.current = null;
  };
  // Closing this section or the panel, or a single-page app moving on, closes the view.
  useEffect(() => drop, []);
  useEffect(() => {
    drop();
    setState('idle');
  }, [pageKey]);

  const tell = (next: State, message: string) => {
    setState(next);
    announce(message);
  };
  const open = async () => {
    if (view.current) {
      view.current.show();
      return setState('open');
    }
    tell('finding', t('easyRead.finding'));
    try {
      if (!easyReadApi()) await send(runtime, 'easy-read:load', {});
      const api = easyReadApi();
      if (!api) throw new Error('The easy-read script did not start.');
      const content = await api.extract(win.document);
      if (!content) return tell('empty', t('easyRead.empty'));
      const frame = button.current?.closest('.dotbogi-app')?.parentElement;
      if (!frame) throw new Error('No overlay frame.');
      view.current = api.open({
        frame,
        win,
        content,
        t: (key, values) => t(key, values ?? {}),
        language,
        dir,
        glossary: (key) => glossary(key),
        speechRate: settings.speechRate,
        textPx: settings.readingTextPx ?? 24,
        onTextPx: (px) => void updateSettings({ readingTextPx: px }),
        onShow: (target, label) => {
          layer.highlight(target, { label: `「${label}」` });
          makeRoomFor?.(target);
          tell('away', t('page.showing', { name: label }));
        },
        onClose: () => {
          drop();
          setState('idle');
          button.current?.focus();
        },
      });
      setState('open');
    } catch (error) {
      console.warn('Dotbogi: the easy-read view could not open:', error);
      tell('failed', t('easyRead.failed'));
    }
  };

  return (
    <div class="section-body">
      <p>{t('easyRead.intro')}</p>
      <button ref={button} type="button" class="primary" aria-busy={state === 'finding'} onClick={() => void open()}>
        {t(state === 'away' ? 'easyRead.backToView' : 'easyRead.open')}
      </button>
      {state === 'finding' && <p class="muted">{t('easyRead.finding')}</p>}
      {(state === 'empty' || state === 'failed') && <p class="notice-box">{t(`easyRead.${state}`)}</p>}
    </div>
  );
}

export const easyReadSection: OverlaySection = { id: 'easy-read', titleKey: 'easyRead.title', Component: EasyReadSection };
