import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import type { OverlaySection } from './section';
import { HelpContacts } from './HelpContacts';

/** 도움이 필요해요: a way back, a way home, whom to call, and where to learn. */
function HelpSection() {
  const { t } = useT('overlay');
  const { win } = useOverlay();
  const home = `${win.location.origin}/`;

  return (
    <div class="section-body">
      <h4>{t('help.call')}</h4>
      <HelpContacts />
      <h4>{t('help.stuck')}</h4>
      <div class="row">
        <button type="button" onClick={() => win.history.back()}>
          {t('help.back')}
        </button>
        <a class="button-link" href={home}>
          {t('help.home')}
        </a>
      </div>
      <p class="muted">{t('help.backExplain')}</p>
      <h4>{t('help.learnTitle')}</h4>
      <p>{t('help.learn')}</p>
    </div>
  );
}

export const helpSection: OverlaySection = { id: 'help', titleKey: 'help.title', Component: HelpSection, prominent: 'help' };
