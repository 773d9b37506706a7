/**
 * Every record the background writes passes through the redaction module on its way in
 * (utils/audit/redact.ts): a page audit, a journey, an imported file. The audit runner redacted
 * them in the page already; this is the one door into storage, so nothing — a future code path, a
 * message from an old version, the bin — can store page text unredacted.
 */
import { redactTree } from '../redact';
import type { AuditStore } from './audit-store';

export function redactingStore(store: AuditStore): AuditStore {
  return {
    ...store,
    putPage: (page) => store.putPage(redactTree(page)),
    putJourney: (journey) => store.putJourney(redactTree(journey)),
    // The bin holds the same redacted records, and puts them back through this door too.
    commit: (batch) =>
      store.commit({
        ...batch,
        putPages: batch.putPages?.map(redactTree),
        putJourneys: batch.putJourneys?.map(redactTree),
        putBin: batch.putBin?.map(redactTree),
        putBinPages: batch.putBinPages?.map(redactTree),
      }),
  };
}
