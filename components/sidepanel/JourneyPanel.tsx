import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/send';
import type { JourneyStatus } from '@/utils/messaging/replies';
import { failureText } from './failure-text';
import { useT } from '@/components/i18n/I18nProvider';
import { activeTabId } from './active-tab';
import { pageHeading } from './page-heading';

const POLL_MS = 1500;

/** Start/stop recording a journey in the current tab; shows progress while it records. */
export function JourneyPanel({ onChange, onStopped }: { onChange: () => void; onStopped?: () => void }) {
  const { t, language } = useT('audit');
  const [status, setStatus] = useState<JourneyStatus | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // The saved list follows a recording journey: each page it records while the panel is open shows there too.
  const recorded = useRef<number | undefined>(undefined);
  const refresh = async () => {
    const next = await send(browser.runtime, 'journey:status', {});
    const pages = next.journey?.pages.length ?? 0;
    if (recorded.current !== undefined && pages !== recorded.current) onChange();
    recorded.current = pages;
    setStatus(next);
  };
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh().catch(() => undefined), POLL_MS);
    return () => clearInterval(timer);
  }, []);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError('');
    try {
      await work();
      await refresh();
      onChange();
    } catch (failure) {
      setError(failureText(t, failure, language));
    } finally {
      setBusy(false);
    }
  };
  // Unnamed, a journey is called by its first page's heading or title (never its address).
  const start = () =>
    act(async () => {
      const tabId = await activeTabId(t('noTab'));
      const given = name.trim() || status?.journey?.name || (await pageHeading(browser.scripting, tabId)) || t('journeyNameDefault');
      return send(browser.runtime, 'journey:start', { tabId, name: given });
    });
  const stop = () => act(() => send(browser.runtime, 'journey:stop', {})).then(() => onStopped?.());

  const journey = status?.journey;
  return (
    <section class="journey" aria-labelledby="journey-heading">
      <h2 id="journey-heading">{t('journeyHeading')}</h2>
      {!journey && (
        <>
          <label for="journey-name">{t('journeyName')}</label>
          <input
            id="journey-name"
            type="text"
            value={name}
            placeholder={t('journeyNamePlaceholder')}
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <button type="button" onClick={() => void start()} disabled={busy}>
            {t('journeyStart')}
          </button>
        </>
      )}
      {journey && (
        <>
          {!status.tabOpen && (
            <button type="button" onClick={() => void start()} disabled={busy}>
              {t('journeyContinue')}
            </button>
          )}
          <button type="button" onClick={() => void stop()} disabled={busy}>
            {t('journeyStop')}
          </button>
        </>
      )}
      <div role="status" aria-live="polite">
        {journey && <p>{t('journeyRecording', { name: journey.name, count: journey.pages.length })}</p>}
        {journey && !status.tabOpen && <p>{t('journeyTabClosed')}</p>}
        {status?.auditing && <p>{t('running')}</p>}
        {error && <p class="error">{error}</p>}
      </div>
    </section>
  );
}
