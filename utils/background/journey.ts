/**
 * Journeys: while one is recording, every page load and route change in its tab is audited and
 * appended in visit order. State lives in storage (which journey, which tab, which audit is in
 * flight) and IndexedDB (the records), so a service-worker or browser restart loses nothing: an
 * audit that was in flight when the worker died is re-run, or recorded as interrupted.
 */
import { journeyFindings } from '@/utils/audit/journey-findings';
import { kwcagMatrix } from '@/utils/audit/kwcag-matrix';
import type { AuditStore } from '@/utils/audit/store/audit-store';
import { SCHEMA_VERSION, type Journey, type StoredPageAudit } from '@/utils/audit/types';
import type { AuditRuntime } from '@/utils/storage/items';
import type { JourneyStatus } from '@/utils/messaging/replies';

export interface JourneyDeps {
  store: AuditStore;
  /** Audits the page in a tab (all frames) and returns the assembled record (not yet stored). */
  audit(tabId: number, options: { id: string; journeyId: string | null }): Promise<StoredPageAudit>;
  runtime: { get(): Promise<AuditRuntime>; set(value: AuditRuntime): Promise<void> };
  tabUrl(tabId: number): Promise<string | undefined>;
  now(): number;
  newId(): string;
}

/** The same URL reported twice within this time is one visit (onUpdated fires more than once). */
const SAME_VISIT_MS = 1500;

export function createJourneys(deps: JourneyDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  let auditing = 0;
  let last: { url: string; at: number } | null = null;

  const active = async () => {
    const { active: current } = await deps.runtime.get();
    return current ? ((await deps.store.getJourney(current.journeyId)) ?? null) : null;
  };

  const refresh = async (journey: Journey): Promise<Journey> => {
    const pages = (await Promise.all(journey.pages.map((id) => deps.store.getPage(id)))).filter((page): page is StoredPageAudit =>
      Boolean(page),
    );
    const { findings, rules } = journeyFindings(pages);
    const updated = { ...journey, findings, kwcag: kwcagMatrix([...pages.flatMap((page) => page.rules), ...rules]) };
    await deps.store.putJourney(updated);
    return updated;
  };

  /** Audits one page into the journey; serialised, so pages keep their visit order. */
  const record = (journeyId: string, tabId: number, url: string) =>
    (queue = queue
      .then(async () => {
        const id = deps.newId();
        auditing++;
        await deps.runtime.set({ ...(await deps.runtime.get()), inFlight: { id, journeyId, tabId, url, startedAt: deps.now() } });
        try {
          const page = await deps.audit(tabId, { id, journeyId });
          await deps.store.putPage(page);
          const journey = await deps.store.getJourney(journeyId);
          if (journey) await refresh({ ...journey, pages: [...journey.pages, page.id] });
        } finally {
          auditing--;
          await deps.runtime.set({ ...(await deps.runtime.get()), inFlight: null });
        }
      })
      .catch((error: unknown) => console.warn('Dotbogi: journey audit failed', error)));

  return {
    async start({ tabId, name }: { tabId: number; name: string }): Promise<Journey> {
      const current = await active();
      if (current) {
        // Continue the recording journey in this tab (e.g. after a browser restart).
        const rebound = { ...current, tabId };
        await deps.store.putJourney(rebound);
        await deps.runtime.set({ ...(await deps.runtime.get()), active: { journeyId: current.id, tabId } });
        await record(current.id, tabId, (await deps.tabUrl(tabId)) ?? '');
        return (await deps.store.getJourney(current.id)) ?? rebound;
      }
      const journey: Journey = {
        schemaVersion: SCHEMA_VERSION,
        id: deps.newId(),
        name,
        tabId,
        status: 'recording',
        startedAt: new Date(deps.now()).toISOString(),
        endedAt: null,
        pages: [],
        findings: [],
        kwcag: [],
      };
      await deps.store.putJourney(journey);
      await deps.runtime.set({ ...(await deps.runtime.get()), active: { journeyId: journey.id, tabId } });
      last = null;
      await record(journey.id, tabId, (await deps.tabUrl(tabId)) ?? '');
      return (await deps.store.getJourney(journey.id)) ?? journey;
    },

    async stop(): Promise<Journey | null> {
      await queue;
      const journey = await active();
      await deps.runtime.set({ ...(await deps.runtime.get()), active: null });
      if (!journey) return null;
      return refresh({ ...journey, status: 'stopped', endedAt: new Date(deps.now()).toISOString() });
    },

    async status(): Promise<JourneyStatus> {
      const journey = await active();
      const tabOpen = journey ? (await deps.tabUrl(journey.tabId)) !== undefined : false;
      return { journey, auditing: auditing > 0, tabOpen };
    },

    /** A page finished loading, or the page changed its route (history API), in some tab. */
    async pageChanged(tabId: number, url: string): Promise<void> {
      const { active: current } = await deps.runtime.get();
      if (!current || current.tabId !== tabId || !/^https?:/.test(url)) return;
      const now = deps.now();
      if (last && last.url === url && now - last.at < SAME_VISIT_MS) return;
      last = { url, at: now };
      await record(current.journeyId, tabId, url);
    },

    /** At worker start: an audit that was in flight when the worker died is re-run or recorded as interrupted. */
    async recover(): Promise<void> {
      const runtime = await deps.runtime.get();
      const lost = runtime.inFlight;
      if (!lost) return;
      await deps.runtime.set({ ...runtime, inFlight: null });
      const journey = await deps.store.getJourney(lost.journeyId);
      if (!journey || journey.pages.includes(lost.id)) return;
      const stillThere = (await deps.tabUrl(lost.tabId)) === lost.url;
      if (journey.status === 'recording' && stillThere) {
        await record(journey.id, lost.tabId, lost.url);
        return;
      }
      await deps.store.putPage(interruptedAudit(lost, deps.now()));
      await refresh({ ...journey, pages: [...journey.pages, lost.id] });
    },

    /** Resolves when queued audits are done (tests and stop()). */
    idle: () => queue.then(() => undefined),
  };
}

function interruptedAudit(lost: NonNullable<AuditRuntime['inFlight']>, now: number): StoredPageAudit {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: lost.id,
    journeyId: lost.journeyId,
    url: lost.url,
    title: '',
    startedAt: new Date(lost.startedAt).toISOString(),
    finishedAt: new Date(now).toISOString(),
    durationMs: Math.max(0, now - lost.startedAt),
    status: 'interrupted',
    engines: { axeCore: '', dotbogi: '', locale: '' },
    viewport: { width: 0, height: 0, devicePixelRatio: 1, kind: 'desktop' },
    axe: null,
    frames: [],
    rules: [],
    findings: [],
    kwcag: kwcagMatrix([]),
    coverage: {
      framesAudited: 0,
      framesSkipped: [],
      errors: [
        {
          frame: lost.url,
          message: 'The audit was interrupted (the extension restarted) and the page had changed, so it was not run again.',
        },
      ],
      manualOnly: [],
    },
    facts: { help: [], fields: [] },
  };
}
