/**
 * Safe delete (#23): a deleted journey or page audit goes to the bin, hidden from every list and
 * report, and ‘되돌리기’ brings it back within UNDO_MS — from any side panel, also one opened after
 * the delete, and after the service worker restarted. Every move is one store commit (all or
 * nothing), so a worker stopped mid-way neither loses a record nor brings one back. Past the
 * window the bin lets the records go and keeps only the fact of the delete (for a week), so a
 * report opened later says "deleted" rather than "not found".
 */
import type { AuditStore, BinRecord, StoreBatch } from './audit-store';
import { ProblemError, type AuditProblem } from '../problem';

/** How long a delete can be undone. */
export const UNDO_MS = 10_000;
/** How long the bin remembers that something was deleted, after its records are gone. */
export const REMEMBER_MS = 7 * 24 * 60 * 60 * 1000;

/** A delete that can still be undone, as the side panel shows it. */
export interface Undoable {
  id: string;
  kind: BinRecord['kind'];
  name: string;
  /** How many page audits it took. */
  pages: number;
  /** ms since 1970: ‘되돌리기’ works until then. */
  until: number;
}

export function createBin(store: AuditStore, now: () => number = Date.now) {
  const undoable = (record: BinRecord): Undoable | null =>
    record.emptied || now() >= record.deletedAt + UNDO_MS
      ? null
      : { id: record.id, kind: record.kind, name: record.name, pages: record.pageIds.length, until: record.deletedAt + UNDO_MS };

  /** Lets go of what can no longer be undone, in one commit; returns the bin as it is after. */
  async function purge(): Promise<BinRecord[]> {
    const records = await store.listBin();
    const batch: Required<Pick<StoreBatch, 'putBin' | 'deleteBin' | 'deleteBinPages'>> = { putBin: [], deleteBin: [], deleteBinPages: [] };
    const kept: BinRecord[] = [];
    for (const record of records) {
      if (now() >= record.deletedAt + REMEMBER_MS) batch.deleteBin.push(record.id);
      else if (!record.emptied && !undoable(record)) {
        batch.deleteBinPages.push(...record.pageIds);
        const emptied: BinRecord = {
          id: record.id,
          kind: record.kind,
          name: '',
          deletedAt: record.deletedAt,
          pageIds: record.pageIds,
          emptied: true,
        };
        batch.putBin.push(emptied);
        kept.push(emptied);
      } else kept.push(record);
    }
    await store.commit(batch);
    return kept;
  }

  return {
    purge,

    /** What can still be undone, oldest first (purging first). */
    async undoable(): Promise<Undoable[]> {
      return (await purge()).map(undoable).filter((entry): entry is Undoable => entry !== null);
    },

    /**
     * Moves a whole journey with its page audits, or one page audit (a one-off audit or a journey's
     * step), to the bin. Resolves what the panel offers to undo, or null when there was nothing to delete.
     */
    async discard(what: { journeyId: string } | { pageId: string }): Promise<Undoable | null> {
      const deletedAt = now();
      if ('journeyId' in what) {
        const journey = await store.getJourney(what.journeyId);
        const pages = await store.listPages(what.journeyId);
        if (!journey && pages.length === 0) return null;
        const record: BinRecord = {
          id: what.journeyId,
          kind: 'journey',
          name: journey?.name ?? '',
          deletedAt,
          pageIds: pages.map((page) => page.id),
          ...(journey && { journey }),
        };
        await store.commit({
          putBin: [record],
          putBinPages: pages,
          deletePages: record.pageIds,
          deleteJourneys: [what.journeyId],
        });
        return undoable(record);
      }
      const page = await store.getPage(what.pageId);
      if (!page) return null;
      const journey = page.journeyId ? await store.getJourney(page.journeyId) : undefined;
      const index = journey ? journey.pages.indexOf(page.id) : -1;
      const record: BinRecord = {
        id: page.id,
        kind: 'page',
        name: page.title,
        deletedAt,
        pageIds: [page.id],
        ...(journey && index >= 0 && { step: { journeyId: journey.id, index } }),
      };
      await store.commit({
        putBin: [record],
        putBinPages: [page],
        deletePages: [page.id],
        ...(journey && index >= 0 && { putJourneys: [{ ...journey, pages: journey.pages.filter((id) => id !== page.id) }] }),
      });
      return undoable(record);
    },

    /** Puts a delete back where it was, in one commit. Throws a ProblemError once the window has passed. */
    async restore(id: string): Promise<{ kind: BinRecord['kind']; name: string }> {
      const record = (await store.listBin()).find((entry) => entry.id === id);
      if (!record) throw new ProblemError({ kind: 'missing', id });
      if (!undoable(record)) {
        await purge();
        throw new ProblemError({ kind: 'deleted', id, deletedAt: record.deletedAt, until: null });
      }
      const pages = await store.getBinPages(record.pageIds);
      const batch: StoreBatch = { putPages: pages, deleteBin: [id], deleteBinPages: record.pageIds };
      if (record.journey) batch.putJourneys = [record.journey];
      else if (record.step) {
        // The step goes back to its place in its journey, if the journey is still there (it may be in the bin itself).
        const journey = await store.getJourney(record.step.journeyId);
        if (journey && !journey.pages.includes(id)) {
          const order = [...journey.pages];
          order.splice(Math.min(record.step.index, order.length), 0, id);
          batch.putJourneys = [{ ...journey, pages: order }];
        }
      }
      await store.commit(batch);
      return { kind: record.kind, name: record.name };
    },

    /**
     * Why a journey or page audit is not in the store: deleted (a page also when its journey was),
     * or missing. A report asks when its record is gone.
     */
    async problem(id: string): Promise<AuditProblem> {
      const record = (await store.listBin()).find((entry) => entry.id === id || entry.pageIds.includes(id));
      if (!record) return { kind: 'missing', id };
      const entry = undoable(record);
      return { kind: 'deleted', id, deletedAt: record.deletedAt, until: entry ? entry.until : null };
    },
  };
}

export type Bin = ReturnType<typeof createBin>;
