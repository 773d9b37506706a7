import { useEffect, useState } from 'preact/hooks';
import type { WebExtension } from '@/utils/web-extension';
import { send, type RuntimeLike } from '@/utils/messaging/send';
import { ALL_SITES_PERMISSION } from '@/utils/sites/fake-site-permission';
import { useT } from '@/components/i18n/I18nProvider';
import { LanguagePicker } from '@/components/ui/LanguagePicker';
import './welcome.css';

type Permissions = Pick<WebExtension['permissions'], 'contains' | 'request' | 'remove'>;

/**
 * The first-run welcome, in large text: what Dotbogi does, how to start, and the honest
 * question behind the fake-site check (an optional, broad permission, used for addresses only).
 */
export function WelcomeApp({ permissions, runtime }: { permissions: Permissions; runtime: RuntimeLike }) {
  const { t } = useT('overlay');
  const common = useT('common').t;
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void permissions.contains(ALL_SITES_PERMISSION).then(setGranted);
  }, [permissions]);

  const finish = (message: string) => {
    setStatus(message);
    void send(runtime, 'settings:update', { welcomeDone: true });
  };
  const accept = async () => {
    // Straight from the click: browsers only show the permission prompt inside a user gesture.
    const ok = await permissions.request(ALL_SITES_PERMISSION);
    setGranted(ok);
    finish(ok ? t('welcome.fakeOnNow') : t('welcome.fakeDeclined'));
  };
  const turnOff = async () => {
    await permissions.remove(ALL_SITES_PERMISSION);
    setGranted(false);
    finish(t('welcome.fakeOff'));
  };

  return (
    <main class="welcome">
      <h1>{t('welcome.title')}</h1>
      <p class="lead">{t('welcome.intro')}</p>
      <p>{common('personalHelpNotice')}</p>
      <h2>{t('welcome.howTitle')}</h2>
      <ol class="steps">
        <li>{t('welcome.step1')}</li>
        <li>{t('welcome.step2')}</li>
        <li>{t('welcome.step3')}</li>
      </ol>
      <p>{t('welcome.otherSites')}</p>
      <LanguagePicker />

      <section class="fake" aria-labelledby="fake-title">
        <h2 id="fake-title">{t('welcome.fakeTitle')}</h2>
        <p>{t('welcome.fakeWhat')}</p>
        <p>{t('welcome.fakeWarning')}</p>
        <p>{t('welcome.fakePrivacy')}</p>
        <p>{t('welcome.fakeWithout')}</p>
        {granted ? (
          <>
            <p class="on">{t('welcome.fakeIsOn')}</p>
            <button type="button" onClick={() => void turnOff()}>
              {t('welcome.fakeTurnOff')}
            </button>
          </>
        ) : (
          <div class="choices">
            <button type="button" class="primary" onClick={() => void accept()}>
              {t('welcome.fakeYes')}
            </button>
            <button type="button" onClick={() => finish(t('welcome.fakeDeclined'))}>
              {t('welcome.fakeNo')}
            </button>
          </div>
        )}
      </section>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {status && <p>{t('welcome.done')}</p>}
    </main>
  );
}
