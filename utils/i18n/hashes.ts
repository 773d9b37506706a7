/**
 * Source hashes: which Korean each translation was made from, so a later edit of the Korean
 * shows as "changed since translated" in every language, in every namespace.
 *
 * locales/<language>/_source-hashes.json holds, per namespace and string (plural forms as one
 * unit), a record "<korean hash> <translation hash>". The tooling writes it (npm run
 * i18n:check records it on every run, `syncHashes` below); nobody edits it by hand:
 *
 * - a new translation is recorded with the Korean it sits beside;
 * - Korean edited, translation not: the record stays, and the string is reported as changed;
 * - Korean edited and the translation edited too: the translation is taken as updated;
 * - Korean edited in a way that needs no new translation: `accept` it (i18n:check --accept ns:key).
 *
 * The translation hash is what tells the last two apart. Records from before it existed (one
 * hash, "<korean hash>") are read as they are and completed on the next run.
 *
 * Runs under plain Node (type stripping), so it imports nothing but siblings, with extensions.
 */
import { keysFor, sourceUnits, type FlatStrings } from './strings.ts';

/** Namespace → unit key → record ("<korean hash> <translation hash>", or a legacy "<korean hash>"). */
export type SourceHashes = Record<string, Record<string, string>>;

export interface HashRecord {
  source: string;
  translation?: string;
}

/**
 * A short, stable fingerprint of a string (FNV-1a, 32 bit, hex). Not a security hash: it only
 * has to notice edits.
 */
export function sourceHash(text: string): string {
  // The same Korean is hashed once per language and check: remember the last few thousand.
  const known = hashCache.get(text);
  if (known) return known;
  let hash = 0x811c9dc5;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const hex = hash.toString(16).padStart(8, '0');
  if (hashCache.size > 20_000) hashCache.clear();
  hashCache.set(text, hex);
  return hex;
}
const hashCache = new Map<string, string>();

/** The fingerprint of one unit's translation: every form, in key order. */
export function translationHash(forms: readonly string[]): string {
  return sourceHash(forms.join('\u0000'));
}

export function parseRecord(value: string): HashRecord {
  const [source = '', translation] = value.trim().split(/\s+/);
  return translation ? { source, translation } : { source };
}

export function formatRecord(record: HashRecord): string {
  return record.translation ? `${record.source} ${record.translation}` : record.source;
}

/** The Korean hash a record was made from ('' for none). */
export function recordedSource(value: string | undefined): string {
  return value ? parseRecord(value).source : '';
}

/** Drops the file's own keys ("$comment"), keeping namespaces of records. */
export function hashesFromFile(data: unknown): SourceHashes {
  if (!data || typeof data !== 'object') return {};
  const hashes: SourceHashes = {};
  for (const [namespace, records] of Object.entries(data as Record<string, unknown>)) {
    if (namespace.startsWith('$') || !records || typeof records !== 'object') continue;
    hashes[namespace] = Object.fromEntries(
      Object.entries(records as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  }
  return hashes;
}

export const HASHES_COMMENT =
  'Written by npm run i18n:check; do not edit. Per string: the hash of the Korean it was translated from, then of the translation (utils/i18n/hashes.ts).';

export function hashesFileText(hashes: SourceHashes): string {
  return `${JSON.stringify({ $comment: HASHES_COMMENT, ...hashes }, null, 2)}\n`;
}

export interface HashSyncInput {
  language: string;
  /** Korean, per namespace. */
  sources: Record<string, FlatStrings>;
  /** This language's translations, per namespace. */
  targets: Record<string, FlatStrings>;
  recorded: SourceHashes;
  /** Units whose Korean edit needs no new translation: recorded as translated from the new Korean. */
  accept?: (namespace: string, key: string) => boolean;
}

/**
 * One language's records brought in line with its files (see the rules at the top). Namespaces
 * and keys follow the Korean's order, so running it twice changes nothing.
 */
export function syncHashes({ language, sources, targets, recorded, accept = () => false }: HashSyncInput): SourceHashes {
  const hashes: SourceHashes = {};
  for (const [namespace, source] of Object.entries(sources)) {
    const target = targets[namespace] ?? {};
    const records: Record<string, string> = {};
    for (const unit of sourceUnits(source)) {
      const forms = keysFor(unit, language).map((key) => target[key]);
      if (!forms.some((form) => form?.trim())) continue;
      const now = { source: sourceHash(unit.text), translation: translationHash(forms.map((form) => form ?? '')) };
      const before = recorded[namespace]?.[unit.key];
      records[unit.key] = formatRecord(before ? next(parseRecord(before), now, accept(namespace, unit.key)) : now);
    }
    if (Object.keys(records).length) hashes[namespace] = records;
  }
  return hashes;
}

function next(before: HashRecord, now: Required<HashRecord>, accepted: boolean): HashRecord {
  if (before.source === now.source || accepted) return now;
  // The Korean changed. A translation edited since (or unknown before, then kept) decides.
  if (before.translation && before.translation !== now.translation) return now;
  return { source: before.source, translation: now.translation };
}

/** The keys whose records differ between two versions of one language's hashes. */
export function differingKeys(a: SourceHashes, b: SourceHashes): string[] {
  const keys = new Set<string>();
  for (const namespace of new Set([...Object.keys(a), ...Object.keys(b)])) {
    for (const key of new Set([...Object.keys(a[namespace] ?? {}), ...Object.keys(b[namespace] ?? {})])) {
      if (a[namespace]?.[key] !== b[namespace]?.[key]) keys.add(`${namespace}:${key}`);
    }
  }
  return [...keys];
}
