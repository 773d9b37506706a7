import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/send';
import { settingsItem, type LauncherCorner, type Settings } from '@/utils/storage/items';
import { useT } from '@/components/i18n/I18nProvider';
import { LanguagePicker } from '@/components/ui/LanguagePicker';
import { StorageRepairNotice } from '@/components/ui/StorageRepairNotice';

const CORNERS: LauncherCorner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

export function OptionsApp() {
  const { t } = useT('settings');
  const common = useT('common').t;
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <main class="options">
      <h1>{t('title')}</h1>
      <StorageRepairNotice />
      <LanguagePicker withPseudo />
      <label>
        <span>{t('speechRate.label')}</span>
        <select
          value={String(settings.speechRate)}
          onChange={(event) => void send(browser.runtime, 'settings:update', { speechRate: Number(event.currentTarget.value) })}
        >
          <option value="0.8">{t('speechRate.slow')}</option>
          <option value="1">{t('speechRate.normal')}</option>
        </select>
      </label>
      <label>
        <span>{t('corner.label')}</span>
        <select
          value={settings.launcherCorner}
          onChange={(event) =>
            void send(browser.runtime, 'settings:update', { launcherCorner: event.currentTarget.value as LauncherCorner })
          }
        >
          {CORNERS.map((corner) => (
            <option key={corner} value={corner}>
              {t(`corner.${corner}`)}
            </option>
          ))}
        </select>
      </label>
      <p>
        <a href="studio.html">{common('translate')}</a>
      </p>
    </main>
  );
}
