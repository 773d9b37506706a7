/**
 * What the extension keeps, read back as text for privacy and safety tests to search: every
 * IndexedDB record, with axe's raw results (kept gzip-packed) unpacked, so a search sees what
 * they hold rather than their base64.
 */
import type { ExtensionConsole } from './extension-console';
import { isPackedAxe, unpackAxe } from '../../../utils/audit/packed-axe';

/** Every record of every IndexedDB database of the extension, as JSON, packed data unpacked. */
export async function storedIndexedDb(console: ExtensionConsole): Promise<string> {
  const dump = await console.page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name!).filter(Boolean);
    const records: unknown[] = [];
    for (const name of names) {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(database.objectStoreNames)) {
        records.push(
          await new Promise((resolve, reject) => {
            const request = database.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
        );
      }
      database.close();
    }
    return JSON.stringify(records);
  });
  return JSON.stringify(await withPackedUnpacked(JSON.parse(dump)));
}

/** The same value with every packed axe result in it unpacked. */
export async function withPackedUnpacked(value: unknown): Promise<unknown> {
  if (isPackedAxe(value)) return unpackAxe(value);
  if (Array.isArray(value)) return Promise.all(value.map(withPackedUnpacked));
  if (value && typeof value === 'object') {
    return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([key, field]) => [key, await withPackedUnpacked(field)])));
  }
  return value;
}
