import type { AuditStore } from '../../utils/audit/store/audit-store';
import type { Journey, StoredPageAudit } from '../../utils/audit/types';

/** An AuditStore in memory (structured clones, like IndexedDB), for tests. */
export function createMemoryStore(): AuditStore {
  const pages = new Map<string, StoredPageAudit>();
  const journeys = new Map<string, Journey>();
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
  };
}
