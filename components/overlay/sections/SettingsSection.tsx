import { useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import { LANGUAGES } from '@/utils/i18n/languages';
import { send } from '@/utils/messaging/send';
import type { OverlaySection } from './section';

/** 설정: language, the welcome (with the fake-site question) again, and turning Dotbogi off here. */
function SettingsSection() {
  const { t, language } = useT('overlay');
  const { updateSettings, runtime, win, announce } = useOverlay();
  const [confirming, setConfirming] = useState(false);

  return (
    <div class="section-body">
      <label class="field">
        <span>{t('settings.language')}</span>
        <select value={language} onChange={(event) => void updateSettings({ language: event.currentTarget.value })}>
          {LANGUAGES.map((option) => (
            <option key={option.code} value={option.code} lang={option.code} dir={option.dir}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void send(runtime, 'welcome:open', {})}>
        {t('settings.openWelcome')}
      </button>
      <h4>{t('settings.turnOffTitle')}</h4>
      <p class="muted">{t('settings.turnOffExplain')}</p>
      {confirming ? (
        <div class="row">
          <button
            type="button"
            class="danger"
            onClick={() => {
              announce(t('settings.turnedOff'));
              void send(runtime, 'site:disable', { origin: win.location.origin });
            }}
          >
            {t('settings.turnOffConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('settings.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('settings.turnOff')}
        </button>
      )}
    </div>
  );
}

export const settingsSection: OverlaySection = { id: 'settings', titleKey: 'settings.title', Component: SettingsSection };
