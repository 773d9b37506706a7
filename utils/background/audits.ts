/**
 * The audit engine in the background: one-off audits, journeys and the stored records, behind
 * the audit:* / journey:* / audits:* messages. Listens to tab loads and route changes for the
 * recording journey, and recovers an interrupted audit when the worker starts.
 */
import type { WebExtension } from '@/utils/web-extension';
import type { Handlers } from '@/utils/messaging/serve';
import { createIdbStore } from '@/utils/audit/store/idb-store';
import type { AuditStore } from '@/utils/audit/store/audit-store';
import { redactingStore } from '@/utils/audit/store/redacting-store';
import { exportAudits, importAudits } from '@/utils/audit/store/transfer';
import { summarise } from '@/utils/audit/store/summary';
import { createBin, type Undoable } from '@/utils/audit/store/bin';
import { ProblemError } from '@/utils/audit/problem';
import { redactUrl } from '@/utils/audit/redact';
import { auditRuntimeItem } from '@/utils/storage/items';
import { runAudit, type FrameReports, type RunAuditOptions } from './run-audit';
import type { ReachedFrame } from '@/utils/audit/frame-tree';
import { createFinisher } from './finish-run-host';
import { createJourneys } from './journey';

type AuditHandlers = Pick<
  Handlers,
  | 'audit:run'
  | 'audit:frame-found'
  | 'journey:start'
  | 'journey:stop'
  | 'journey:status'
  | 'journey:rename'
  | 'audits:list'
  | 'audits:get'
  | 'audits:journey'
  | 'audits:restore'
  | 'audits:export'
  | 'audits:import'
  | 'audits:delete'
>;

/** Route changes settle before we audit (history API pages render after pushState). */
const ROUTE_SETTLE_MS = 600;

export function startAudits(browser: WebExtension, given: AuditStore = createIdbStore()): AuditHandlers {
  const store = redactingStore(given);
  const bin = createBin(store);
  const dotbogiVersion = browser.runtime.getManifest().version;
  const finish = createFinisher(browser);
  // Frames that report themselves while an audit first looks at their tab (see run-audit.ts).
  const probes = new Map<string, { tabId: number; frames: Map<number, ReachedFrame> }>();
  const reports: FrameReports = {
    listen(probe, tabId) {
      const entry = { tabId, frames: new Map<number, ReachedFrame>() };
      probes.set(probe, entry);
      return { found: () => [...entry.frames.values()], stop: () => void probes.delete(probe) };
    },
  };
  const mayAccess = (url: string) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  const audit = (tabId: number, options: Pick<RunAuditOptions, 'id' | 'journeyId'>) =>
    runAudit(browser.scripting, tabId, { ...options, dotbogiVersion, finish, reports, mayAccess });
  const journeys = createJourneys({
    store,
    audit,
    runtime: { get: () => auditRuntimeItem.getValue(), set: (value) => auditRuntimeItem.setValue(value) },
    tabUrl: (tabId) =>
      browser.tabs.get(tabId).then(
        (tab) => redactUrl(tab.url ?? ''),
        () => undefined,
      ),
    now: Date.now,
    newId: () => crypto.randomUUID(),
  });

  // Registered synchronously at worker start, so a load wakes a stopped worker and is not missed.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) void journeys.pageChanged(tabId, redactUrl(tab.url));
    else if (change.url && change.status === undefined) {
      const url = redactUrl(change.url);
      setTimeout(() => void journeys.pageChanged(tabId, url), ROUTE_SETTLE_MS);
    }
  });
  void journeys.recover();
  // A delete whose window passed while the worker was stopped is let go now (and again on every listing).
  void bin.purge().catch((error: unknown) => console.warn('Dotbogi: could not empty the bin', error));

  return {
    'audit:frame-found': async ({ probe, url, elements, path }, sender) => {
      const entry = probes.get(probe);
      const frameId = sender.frameId;
      if (entry && sender.tab?.id === entry.tabId && typeof frameId === 'number')
        entry.frames.set(frameId, { frameId, url: redactUrl(url), elements, rawPath: path });
      return null;
    },
    'audit:run': async ({ tabId }) => {
      const page = await audit(tabId, { id: crypto.randomUUID(), journeyId: null });
      await store.putPage(page);
      return page;
    },
    'journey:start': ({ tabId, name }) => journeys.start({ tabId, name }),
    'journey:stop': () => journeys.stop(),
    'journey:status': () => journeys.status(),
    'journey:rename': async ({ id, name }) => {
      const journey = await store.getJourney(id);
      if (!journey) throw new Error(`No journey with id ${id}.`);
      if (journey.status === 'recording') throw new Error('Stop the journey before renaming it.');
      const renamed = { ...journey, name: name.trim() || journey.name };
      await store.putJourney(renamed);
      return renamed;
    },
    'audits:list': async ({ journeyId }) => {
      const undoable = await bin.undoable();
      return {
        journeys: (await store.listJourneys()).filter((journey) => journeyId === undefined || journey.id === journeyId),
        pages: (await store.listPages(journeyId)).map(summarise),
        undoable,
      };
    },
    'audits:get': async ({ id }) => {
      const page = await store.getPage(id);
      if (!page) throw new ProblemError(await bin.problem(id));
      return page;
    },
    'audits:journey': async ({ id }) => {
      const journey = await store.getJourney(id);
      if (!journey) throw new ProblemError(await bin.problem(id));
      return journey;
    },
    'audits:export': (options) => exportAudits(store, options),
    'audits:import': ({ file }) => importAudits(store, file),
    'audits:delete': async ({ journeyId, pageId }) => {
      const { active } = await auditRuntimeItem.getValue();
      if (journeyId && active?.journeyId === journeyId) throw new Error('Stop the journey before deleting it.');
      // Into the bin, not gone: ‘되돌리기’ can bring it back for UNDO_MS, from any side panel.
      let deleted = 0;
      let undoable: Undoable | null = null;
      for (const what of [...(pageId ? [{ pageId }] : []), ...(journeyId ? [{ journeyId }] : [])]) {
        const entry = await bin.discard(what);
        deleted += entry?.pages ?? 0;
        undoable = entry ?? undoable;
      }
      return { deleted, undoable };
    },
    'audits:restore': ({ id }) => bin.restore(id),
  };
}
