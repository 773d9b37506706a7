import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/send';
import type { ResponseOf } from '@/utils/messaging/protocol';
import type { AuditExport, Journey } from '@/utils/audit/types';
import type { Undoable } from '@/utils/audit/store/bin';
import { openReportPage } from '@/components/report/open-report';
import { formatTime } from '@/utils/report/time';
import { useT } from '@/components/i18n/I18nProvider';
import { failureText } from './failure-text';
import { FilePicker, readJsonFile } from './FilePicker';
import { JourneyItem, type Target } from './JourneyItem';
import { importReason } from './import-reason';
import { DeleteButton } from './DeleteButton';

type Listing = ResponseOf<'audits:list'>;
type PageSummary = Listing['pages'][number];

/** Stored journeys and one-off audits: reports, comparisons, names, safe delete, export all, import a file. */
export function StoredAudits({ version, onOpen }: { version: number; onOpen: (pageId: string) => void }) {
  const { t, language } = useT('audit');
  const [listing, setListing] = useState<Listing | null>(null);
  const [message, setMessage] = useState('');
  const reload = async () => setListing(await send(browser.runtime, 'audits:list', {}));
  useEffect(() => void reload().catch((error: unknown) => setMessage(failureText(t, error, language))), [version]);
  // The bin is the background's (utils/audit/store/bin.ts): a panel opened after a delete still offers
  // its undo, for the time left. Listed again when the first offer runs out, so it goes away on time.
  const undoable = listing?.undoable ?? [];
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(undoTimer.current);
    const first = Math.min(...undoable.map((entry) => entry.until));
    if (Number.isFinite(first))
      undoTimer.current = setTimeout(() => void reload().catch(() => undefined), Math.max(0, first - Date.now()) + 50);
    return () => clearTimeout(undoTimer.current);
  }, [listing]);

  const guard = async (work: () => Promise<string | void>) => {
    try {
      setMessage((await work()) ?? '');
      await reload();
    } catch (error) {
      setMessage(failureText(t, error, language));
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
  /** Imports a chosen file; resolves why it was refused, or null. */
  const importFile = async (file: File): Promise<string | null> => {
    const read = await readJsonFile(file, t);
    if ('reason' in read) return read.reason;
    try {
      const result = await send(browser.runtime, 'audits:import', { file: read.value });
      setMessage(t('imported', result));
      await reload();
      return null;
    } catch (error) {
      return importReason(t, error, language);
    }
  };
  // Delete moves the record to the background's bin; ‘되돌리기’ puts it back (from this or a later panel).
  const remove = (what: { journeyId: string } | { pageId: string }) =>
    guard(async () => void (await send(browser.runtime, 'audits:delete', what)));
  const restore = (entry: Undoable) =>
    guard(async () => {
      const restored = await send(browser.runtime, 'audits:restore', { id: entry.id });
      return t('restored', { name: restored.name || t('untitled') });
    });

  const pages = listing?.pages ?? [];
  const journeys = listing?.journeys ?? [];
  const oneOff = pages.filter((page) => page.journeyId === null);
  const targets: Target[] = [
    ...journeys
      .filter((journey) => journey.status === 'stopped')
      .map((journey) => ({ kind: 'journey' as const, id: journey.id, name: journey.name, time: journey.startedAt })),
    ...oneOff.map((page) => ({ kind: 'page' as const, id: page.id, name: page.title || t('untitled'), time: page.startedAt })),
  ];
  const time = (iso: string) => formatTime(iso, language);
  return (
    <section class="stored" aria-labelledby="stored-heading">
      <h2 id="stored-heading">{t('storedHeading')}</h2>
      <div role="status" aria-live="polite" class="stored-status">
        {undoable.map((entry) => (
          <p class="undo" key={entry.id}>
            {t('deleted', { name: entry.name || t('untitled'), seconds: Math.max(1, Math.ceil((entry.until - Date.now()) / 1000)) })}{' '}
            <button type="button" onClick={() => void restore(entry)}>
              {t('undo')}
            </button>
          </p>
        ))}
        {message && <p>{message}</p>}
      </div>
      <div class="stored-actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('exportAll')}
        </button>
        <FilePicker label={t('importFile')} accept="application/json,.json" onFile={importFile} />
      </div>
      {listing && journeys.length === 0 && oneOff.length === 0 && <p>{t('storedEmpty')}</p>}
      <ul class="stored-list">
        {journeys.map((journey) => (
          <JourneyItem
            key={journey.id}
            journey={journey}
            pages={pages.filter((page) => page.journeyId === journey.id)}
            targets={targets.filter((target) => target.id !== journey.id)}
            time={time}
            onOpen={onOpen}
            onImport={importForCompare}
            onRename={(name) => guard(async () => void (await send(browser.runtime, 'journey:rename', { id: journey.id, name })))}
            onDelete={() => remove({ journeyId: journey.id })}
          />
        ))}
        {oneOff.map((page) => (
          <OneOffItem key={page.id} page={page} time={time} onOpen={onOpen} onDelete={() => remove({ pageId: page.id })} />
        ))}
      </ul>
    </section>
  );

  /** A file chosen to compare with: imported, then its first journey (or page audit) is the earlier side. */
  async function importForCompare(file: File): Promise<{ target: Target } | { reason: string }> {
    const read = await readJsonFile(file, t);
    if ('reason' in read) return read;
    try {
      await send(browser.runtime, 'audits:import', { file: read.value });
    } catch (error) {
      return { reason: importReason(t, error, language) };
    }
    await reload();
    const data = read.value as Partial<AuditExport>;
    const journey = data.journeys?.[0] as Journey | undefined;
    const page = data.pages?.[0];
    if (journey) return { target: { kind: 'journey', id: journey.id, name: journey.name, time: journey.startedAt } };
    if (page) return { target: { kind: 'page', id: page.id, name: page.title, time: page.startedAt } };
    return { reason: t('fileEmpty') };
  }
}

function OneOffItem({
  page,
  time,
  onOpen,
  onDelete,
}: {
  page: PageSummary;
  time: (iso: string) => string;
  onOpen: (id: string) => void;
  onDelete: () => Promise<void>;
}) {
  const { t } = useT('audit');
  const [confirming, setConfirming] = useState(false);
  const name = page.title || t('untitled');
  return (
    <li class="stored-page">
      <h3>
        <button type="button" class="link" onClick={() => onOpen(page.id)}>
          {name}
        </button>
      </h3>
      <p class="audit-meta">
        {time(page.startedAt)} · {t('counts', { failed: page.failed, review: page.needsReview })}
      </p>
      <div class="item-actions">
        <button type="button" onClick={() => void openReportPage(`audit=${encodeURIComponent(page.id)}`)}>
          {t('openReport')}
        </button>
        <DeleteButton
          confirming={confirming}
          setConfirming={setConfirming}
          question={t('deletePageConfirm', { name })}
          onDelete={onDelete}
        />
      </div>
    </li>
  );
}
