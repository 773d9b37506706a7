/**
 * Where audits and journeys live. The background uses the IndexedDB implementation
 * (idb-store.ts); unit tests use the in-memory one (tests/kits/memory-store.ts) — happy-dom has no IndexedDB.
 */
import type { Journey, StoredPageAudit } from '../types';

export interface AuditStore {
  putPage(page: StoredPageAudit): Promise<void>;
  getPage(id: string): Promise<StoredPageAudit | undefined>;
  /** All page audits, oldest first, optionally of one journey. */
  listPages(journeyId?: string): Promise<StoredPageAudit[]>;
  deletePage(id: string): Promise<void>;
  putJourney(journey: Journey): Promise<void>;
  getJourney(id: string): Promise<Journey | undefined>;
  listJourneys(): Promise<Journey[]>;
  deleteJourney(id: string): Promise<void>;
}

/** Thrown when the browser refuses to store more; nothing already stored is lost. */
export class StorageFullError extends Error {
  constructor(detail: string) {
    super(`Storage is full: the audit was not saved (${detail}). Earlier audits are kept. Export and delete old audits, then try again.`);
    this.name = 'StorageFullError';
  }
}
