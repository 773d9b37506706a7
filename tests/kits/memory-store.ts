import type { AuditStore, BinRecord, StoreBatch } from '../../utils/audit/store/audit-store';
import type { Journey, StoredPageAudit } from '../../utils/audit/types';

/** An AuditStore in memory (structured clones, like IndexedDB), for tests. */
export function createMemoryStore(): AuditStore {
  const pages = new Map<string, StoredPageAudit>();
  const journeys = new Map<string, Journey>();
  const bin = new Map<string, BinRecord>();
  const binPages = new Map<string, StoredPageAudit>();
  const apply = <T extends { id: string }>(map: Map<string, T>, puts: readonly T[] = [], deletes: readonly string[] = []) => {
    for (const value of puts) map.set(value.id, structuredClone(value));
    for (const id of deletes) map.delete(id);
  };
  return {
    putPage: async (page) => void pages.set(page.id, structuredClone(page)),
    getPage: async (id) => structuredClone(pages.get(id)),
    listPages: async (journeyId) =>
      [...pages.values()]
        .filter((page) => journeyId === undefined || page.journeyId === journeyId)
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
        .map((page) => structuredClone(page)),
    deletePage: async (id) => void pages.delete(id),
    putJourney: async (journey) => void journeys.set(journey.id, structuredClone(journey)),
    getJourney: async (id) => structuredClone(journeys.get(id)),
    listJourneys: async () => [...journeys.values()].sort((a, b) => a.startedAt.localeCompare(b.startedAt)).map((j) => structuredClone(j)),
    deleteJourney: async (id) => void journeys.delete(id),
    listBin: async () => [...bin.values()].sort((a, b) => a.deletedAt - b.deletedAt).map((record) => structuredClone(record)),
    getBinPages: async (ids) => ids.flatMap((id) => (binPages.has(id) ? [structuredClone(binPages.get(id)!)] : [])),
    // All of a batch or none, as IndexedDB's transaction: every value is cloned before anything changes.
    commit: async (batch: StoreBatch) => {
      const copy = structuredClone(batch);
      apply(pages, copy.putPages, copy.deletePages);
      apply(journeys, copy.putJourneys, copy.deleteJourneys);
      apply(bin, copy.putBin, copy.deleteBin);
      apply(binPages, copy.putBinPages, copy.deleteBinPages);
    },
  };
}
