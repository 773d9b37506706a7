import { openDesignerView } from './designer-view';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/send';
import { sitesItem, type SiteSettings } from '@/utils/storage/items';
import { isGovHost } from '@/utils/sites/gov-hosts';
import { originPattern } from '@/utils/background/opt-in-sites';
import { useT } from '@/components/i18n/I18nProvider';
import { LanguagePicker } from '@/components/ui/LanguagePicker';
import { StorageRepairNotice } from '@/components/ui/StorageRepairNotice';
import { currentTab, type CurrentTab } from './current-tab';
import './popup.css';

export function PopupApp() {
  const { t } = useT('settings');
  const common = useT('common').t;
  const [tab, setTab] = useState<CurrentTab | null>(null);
  const [site, setSite] = useState<SiteSettings | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void currentTab(browser.tabs, window.location).then(async (found) => {
      setTab(found);
      if (found?.url) setSite((await sitesItem.getValue())[found.url.origin] ?? null);
    });
  }, []);

  const origin = tab?.url && /^https?:$/.test(tab.url.protocol) ? tab.url.origin : null;
  const gov = tab?.url ? isGovHost(tab.url.hostname) : false;
  const on = site?.enabled ?? gov;

  const run = async (action: () => Promise<SiteSettings>, done: string) => {
    try {
      setSite(await action());
      setMessage(done);
    } catch (error) {
      setMessage(common('error', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const enable = () =>
    run(async () => {
      // Must be called straight from the click: browsers only prompt inside a user gesture.
      const granted = gov || (await browser.permissions.request({ origins: [originPattern(origin!)] }));
      if (!granted) throw new Error(t('site.permissionDenied'));
      return send(browser.runtime, 'site:enable', { origin: origin! });
    }, t('site.enabledReload'));

  return (
    <main class="popup">
      <h1>{common('appName')}</h1>
      <StorageRepairNotice />
      <p>{common('personalHelpNotice')}</p>
      {origin ? (
        <section aria-labelledby="site-heading">
          <h2 id="site-heading">{tab!.url!.host}</h2>
          <p>{on ? t('site.isOn') : t('site.isOff')}</p>
          {on ? (
            <button
              type="button"
              onClick={() => void run(() => send(browser.runtime, 'site:disable', { origin }), t('site.disabledReload'))}
            >
              {t('site.turnOff')}
            </button>
          ) : (
            <button type="button" class="primary" onClick={() => void enable()}>
              {t('site.turnOn')}
            </button>
          )}
        </section>
      ) : (
        <p>{t('site.notAWebPage')}</p>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
      <LanguagePicker />
      {tab && (
        <button type="button" onClick={() => void openDesignerView(browser, tab.id)}>
          {t('openDesignerView')}
        </button>
      )}
      <footer class="popup-footer">
        <a href="studio.html" target="_blank">
          {common('translate')}
        </a>
      </footer>
    </main>
  );
}
