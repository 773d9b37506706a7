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
  /** The bin (bin.ts): what was deleted, newest last; and the page audits it keeps. */
  listBin(): Promise<BinRecord[]>;
  getBinPages(ids: readonly string[]): Promise<StoredPageAudit[]>;
  /**
   * Writes a batch in one step, all of it or none: a service worker stopped mid-way never leaves a
   * journey half in the bin and half in the lists.
   */
  commit(batch: StoreBatch): Promise<void>;
}

/**
 * One delete, kept in the bin (hidden from every list and report) so ‘되돌리기’ can bring it back
 * within the undo window. Keyed by the deleted journey's or page's id. Once the window has passed
 * the bin lets its records go and keeps this line only (`emptied`), so a report can still say the
 * record was deleted rather than never found.
 */
export interface BinRecord {
  id: string;
  kind: 'journey' | 'page';
  /** The journey's name or the page's title, as stored (redacted). */
  name: string;
  /** ms since 1970 */
  deletedAt: number;
  /** The page audits this delete took (kept in the bin's own page store while restorable). */
  pageIds: string[];
  /** kind 'journey': the journey as it was. */
  journey?: Journey;
  /** A journey's step deleted alone: which journey, and where in it. */
  step?: { journeyId: string; index: number };
  /** The records are gone for good; only the fact of the delete is kept. */
  emptied?: true;
}

/** Writes committed together (AuditStore.commit). */
export interface StoreBatch {
  putPages?: StoredPageAudit[];
  deletePages?: string[];
  putJourneys?: Journey[];
  deleteJourneys?: string[];
  putBin?: BinRecord[];
  deleteBin?: string[];
  putBinPages?: StoredPageAudit[];
  deleteBinPages?: string[];
}

/** Thrown when the browser refuses to store more; nothing already stored is lost. */
export class StorageFullError extends Error {
  constructor(detail: string) {
    super(`Storage is full: the audit was not saved (${detail}). Earlier audits are kept. Export and delete old audits, then try again.`);
    this.name = 'StorageFullError';
  }
}
