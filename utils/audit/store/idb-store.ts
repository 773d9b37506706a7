/**
 * AuditStore on the raw IndexedDB API (no dependency). Survives service-worker and browser
 * restarts. Quota-aware: checks navigator.storage.estimate() before a write and turns
 * QuotaExceededError into a StorageFullError; a failed write aborts its transaction, so
 * nothing stored before is lost.
 */
import { StorageFullError, type AuditStore, type BinRecord, type StoreBatch } from './audit-store';
import type { Journey, StoredPageAudit } from '../types';
import { migrateJourney, migratePageAudit, needsMigration } from '../migrate';
import { ProblemError, schemaProblem } from '../problem';

const DB_NAME = 'dotbogi-audits';
// Version 2 added the bin (bin.ts): its own stores, so nothing deleted shows up in a list of pages or journeys.
const DB_VERSION = 2;
const PAGES = 'pages';
const JOURNEYS = 'journeys';
const BIN = 'bin';
const BIN_PAGES = 'binPages';

export function createIdbStore(
  factory: IDBFactory = indexedDB,
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): AuditStore {
  let opening: Promise<IDBDatabase> | null = null;
  const db = () =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const database = request.result;
        if (!database.objectStoreNames.contains(PAGES)) {
          database.createObjectStore(PAGES, { keyPath: 'id' }).createIndex('journeyId', 'journeyId');
        }
        if (!database.objectStoreNames.contains(JOURNEYS)) database.createObjectStore(JOURNEYS, { keyPath: 'id' });
        if (!database.objectStoreNames.contains(BIN)) database.createObjectStore(BIN, { keyPath: 'id' });
        if (!database.objectStoreNames.contains(BIN_PAGES)) database.createObjectStore(BIN_PAGES, { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => {
        opening = null;
        reject(request.error);
      };
    }));

  const run = async <T>(store: string, mode: IDBTransactionMode, work: (objects: IDBObjectStore) => IDBRequest<T> | void): Promise<T> => {
    const transaction = (await db()).transaction(store, mode);
    const request = work(transaction.objectStore(store));
    return new Promise<T>((resolve, reject) => {
      transaction.oncomplete = () => resolve(request ? request.result : (undefined as T));
      transaction.onabort = transaction.onerror = () => {
        const error = transaction.error ?? request?.error;
        reject(error?.name === 'QuotaExceededError' ? new StorageFullError(error.message) : error);
      };
    });
  };

  /** Every write of the batch in one transaction: it completes whole or aborts whole. */
  const commit = async (batch: StoreBatch) => {
    const writes: [string, 'put' | 'delete', readonly unknown[] | undefined][] = [
      [PAGES, 'put', batch.putPages],
      [PAGES, 'delete', batch.deletePages],
      [JOURNEYS, 'put', batch.putJourneys],
      [JOURNEYS, 'delete', batch.deleteJourneys],
      [BIN, 'put', batch.putBin],
      [BIN, 'delete', batch.deleteBin],
      [BIN_PAGES, 'put', batch.putBinPages],
      [BIN_PAGES, 'delete', batch.deleteBinPages],
    ];
    const used = writes.filter(([, , values]) => values && values.length > 0);
    if (used.length === 0) return;
    const puts = used.filter(([, kind]) => kind === 'put').flatMap(([, , values]) => values!);
    if (puts.length > 0) await ensureRoom(storage, puts);
    const transaction = (await db()).transaction([...new Set(used.map(([store]) => store))], 'readwrite');
    for (const [store, kind, values] of used) {
      const objects = transaction.objectStore(store);
      for (const value of values!) {
        if (kind === 'put') objects.put(value);
        else objects.delete(value as string);
      }
    }
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = transaction.onerror = () => {
        const error = transaction.error;
        reject(error?.name === 'QuotaExceededError' ? new StorageFullError(error.message) : error);
      };
    });
  };

  const put = async (store: string, value: StoredPageAudit | Journey) => {
    await ensureRoom(storage, value);
    await run(store, 'readwrite', (objects) => objects.put(value));
  };

  // Records an earlier Dotbogi stored are read in the current schema (migrate.ts); they are left
  // as they are on disk, so a downgrade still reads them.
  // A record that cannot be migrated (damaged) is skipped like a corrupted one, never lost.
  const page = async (record: StoredPageAudit | undefined) => {
    if (!record || !needsMigration(record)) return record;
    // A version this Dotbogi cannot read (a newer one wrote it, then was downgraded): not shown as if it were current.
    if (schemaProblem(record)) {
      console.warn('Dotbogi: skipped an audit record of another schema version', record.id, record.schemaVersion);
      return undefined;
    }
    try {
      return (await migratePageAudit(record, true)) as StoredPageAudit;
    } catch (error) {
      console.warn('Dotbogi: skipped an audit record that could not be migrated', record.id, error);
      return undefined;
    }
  };
  const journey = (record: Journey | undefined) => (record && needsMigration(record) ? (migrateJourney(record) as Journey) : record);

  return {
    putPage: (record) => put(PAGES, record),
    getPage: async (id) => {
      const record = await run<StoredPageAudit | undefined>(PAGES, 'readonly', (objects) => objects.get(id));
      // Asked for by id (a report's step): say why it cannot be shown, with the versions.
      const problem = schemaProblem(record);
      if (problem) throw new ProblemError(problem);
      return page(record);
    },
    listPages: async (journeyId) => {
      const pages =
        journeyId === undefined
          ? await run<StoredPageAudit[]>(PAGES, 'readonly', (objects) => objects.getAll())
          : await run<StoredPageAudit[]>(PAGES, 'readonly', (objects) => objects.index('journeyId').getAll(journeyId));
      const intact = pages.filter(isIntact).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
      const current: StoredPageAudit[] = [];
      for (const record of intact) {
        const migrated = await page(record);
        if (migrated) current.push(migrated);
      }
      return current;
    },
    deletePage: (id) => run(PAGES, 'readwrite', (objects) => void objects.delete(id)),
    putJourney: (record) => put(JOURNEYS, record),
    getJourney: async (id) => journey(await run<Journey | undefined>(JOURNEYS, 'readonly', (objects) => objects.get(id))),
    listJourneys: async () =>
      (await run<Journey[]>(JOURNEYS, 'readonly', (objects) => objects.getAll()))
        .filter(isIntact)
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
        .map((record) => journey(record)!),
    deleteJourney: (id) => run(JOURNEYS, 'readwrite', (objects) => void objects.delete(id)),
    listBin: async () =>
      (await run<BinRecord[]>(BIN, 'readonly', (objects) => objects.getAll()))
        .filter((record) => typeof record?.id === 'string' && typeof record.deletedAt === 'number' && Array.isArray(record.pageIds))
        .sort((a, b) => a.deletedAt - b.deletedAt)
        .map((record) => (record.journey ? { ...record, journey: journey(record.journey)! } : record)),
    getBinPages: async (ids) => {
      const found: StoredPageAudit[] = [];
      for (const id of ids) {
        const record = await page(await run<StoredPageAudit | undefined>(BIN_PAGES, 'readonly', (objects) => objects.get(id)));
        if (record) found.push(record);
      }
      return found;
    },
    commit,
  };
}

/**
 * More free space than any one record can take: everything we store arrived in one extension
 * message, and Chrome caps a message at 64 MiB (twice that as UTF-16 in the worst case). With this
 * much free, the record's size is not measured — serialising a 17 MB audit only to measure it
 * costs over a second.
 */
export const ROOM_FOR_ANY_RECORD = 256 * 2 ** 20;

/** Refuses a write that would not fit, before IndexedDB half-writes anything. */
export async function ensureRoom(storage: Pick<StorageManager, 'estimate'> | undefined, value: unknown): Promise<void> {
  if (!storage?.estimate) return;
  const { usage = 0, quota } = await storage.estimate();
  if (quota === undefined || quota - usage > ROOM_FOR_ANY_RECORD) return;
  const size = JSON.stringify(value).length * 2;
  if (usage + size > quota)
    throw new StorageFullError(`needs about ${Math.ceil(size / 1024)} kB, ${Math.floor((quota - usage) / 1024)} kB free`);
}

/**
 * A corrupted record (a damaged profile, a hand edit) must not take every list down with it: lists
 * skip records without the fields they sort and show by, and leave them in place untouched.
 */
function isIntact(record: StoredPageAudit | Journey): boolean {
  const value = record as unknown as Record<string, unknown> | null;
  const intact =
    typeof value?.id === 'string' &&
    typeof value.startedAt === 'string' &&
    Array.isArray(value.findings) &&
    (Array.isArray(value.pages) || Array.isArray(value.frames));
  if (!intact) console.warn('Dotbogi: skipped a corrupted audit record', typeof value?.id === 'string' ? value.id : '(no id)');
  return intact;
}
