import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/send';
import type { ResponseOf } from '@/utils/messaging/protocol';
import { failureText } from './failure-text';
import { useT } from '@/components/i18n/I18nProvider';
import { formatTime } from '@/utils/report/time';
import { FindingList } from './PageAuditView';

type Listing = ResponseOf<'audits:list'>;

/** Stored journeys and one-off audits: open, delete, export all, import a file. */
export function StoredAudits({ version, onOpen }: { version: number; onOpen: (pageId: string) => void }) {
  const { t, language } = useT('audit');
  const [listing, setListing] = useState<Listing | null>(null);
  const [message, setMessage] = useState('');
  const reload = async () => setListing(await send(browser.runtime, 'audits:list', {}));
  useEffect(() => void reload().catch((error: unknown) => setMessage(String(error))), [version]);

  const guard = async (work: () => Promise<string | void>) => {
    try {
      setMessage((await work()) ?? '');
      await reload();
    } catch (error) {
      setMessage(failureText(t, error));
    }
  };
  const exportAll = () =>
    guard(async () => {
      const file = await send(browser.runtime, 'audits:export', {});
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `dotbogi-audits-${file.exportedAt.slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  const importFile = (file: File | undefined) =>
    guard(async () => {
      if (!file) return;
      const result = await send(browser.runtime, 'audits:import', { file: JSON.parse(await file.text()) as unknown });
      return t('imported', result);
    });

  const pages = listing?.pages ?? [];
  const oneOff = pages.filter((page) => page.journeyId === null);
  const time = (iso: string) => formatTime(iso, language);
  return (
    <section class="stored" aria-labelledby="stored-heading">
      <h2 id="stored-heading">{t('storedHeading')}</h2>
      <div class="stored-actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('exportAll')}
        </button>
        <label class="file-button">
          {t('importFile')}
          <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event.currentTarget.files?.[0])} />
        </label>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {listing && listing.journeys.length === 0 && oneOff.length === 0 && <p>{t('storedEmpty')}</p>}
      <ul class="stored-list">
        {listing?.journeys.map((journey) => (
          <li key={journey.id} class="stored-journey">
            <h3>
              {journey.name} <span class="audit-meta">{time(journey.startedAt)}</span>
            </h3>
            <ol>
              {pages
                .filter((page) => page.journeyId === journey.id)
                .map((page) => (
                  <li key={page.id}>
                    <button type="button" class="link" onClick={() => onOpen(page.id)}>
                      {page.title || page.url}
                    </button>{' '}
                    {t('counts', { failed: page.failed, review: page.needsReview })}
                    {page.status !== 'complete' && ` · ${t(`pageStatus.${page.status}`)}`}
                  </li>
                ))}
            </ol>
            {journey.findings.length > 0 && <FindingList findings={journey.findings} heading={t('journeyFindings')} />}
            <button
              type="button"
              onClick={() => void guard(async () => void (await send(browser.runtime, 'audits:delete', { journeyId: journey.id })))}
            >
              {t('delete')}
            </button>
          </li>
        ))}
        {oneOff.map((page) => (
          <li key={page.id}>
            <button type="button" class="link" onClick={() => onOpen(page.id)}>
              {page.title || page.url}
            </button>{' '}
            <span class="audit-meta">{time(page.startedAt)}</span> {t('counts', { failed: page.failed, review: page.needsReview })}{' '}
            <button
              type="button"
              onClick={() => void guard(async () => void (await send(browser.runtime, 'audits:delete', { pageId: page.id })))}
            >
              {t('delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
