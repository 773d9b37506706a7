/**
 * What the translator studio works on: the Korean source, English as a helper, the shipped
 * translation of one language with its source hashes, the translators' context notes, and the
 * volunteer's draft. Rows and progress are derived here, purely, so they are easy to test.
 */
import { loadNamespace, namespacesOf } from '@/utils/i18n/load';
import { SOURCE_LANGUAGE } from '@/utils/i18n/languages';
import { flatten, keysFor, sourceUnits, unflatten, type FlatStrings } from '@/utils/i18n/strings';
import { hashesFromFile, recordedSource, sourceHash, type SourceHashes } from '@/utils/i18n/hashes';
import type { TranslationDraft } from '@/utils/storage/items';

/** Every namespace, found from the Korean files: a new one appears in the studio by itself. */
export const STUDIO_NAMESPACES = namespacesOf(SOURCE_LANGUAGE);
export type ByNamespace = Record<string, FlatStrings>;

export interface StudioData {
  language: string;
  source: ByNamespace;
  english: ByNamespace;
  shipped: ByNamespace;
  shippedHashes: SourceHashes;
  notes: Record<string, Record<string, string>>;
}

async function loadAll(language: string): Promise<ByNamespace> {
  const entries = await Promise.all(
    STUDIO_NAMESPACES.map(async (namespace) => [namespace, flatten((await loadNamespace(language, namespace)) ?? {}).strings] as const),
  );
  return Object.fromEntries(entries.filter(([, strings]) => Object.keys(strings).length > 0 || language !== 'ko'));
}

export async function loadStudioData(language: string): Promise<StudioData> {
  const [source, english, shipped, hashes, notes] = await Promise.all([
    loadAll('ko'),
    loadAll('en'),
    loadAll(language),
    loadNamespace(language, '_source-hashes'),
    loadNamespace('ko', '_context'),
  ]);
  return {
    language,
    source,
    english,
    shipped,
    shippedHashes: hashesFromFile(hashes),
    notes: Object.fromEntries(Object.entries(notes ?? {}).filter(([key]) => !key.startsWith('$'))) as StudioData['notes'],
  };
}

export interface StudioRow {
  namespace: string;
  /** The translation key (with its plural suffix). */
  key: string;
  /** The source unit (plural base) the key belongs to. */
  unitKey: string;
  pluralCategory?: string;
  source: string;
  english: string;
  note: string;
  value: string;
  inDraft: boolean;
  missing: boolean;
  changed: boolean;
}

export type EmptyDraft = Pick<TranslationDraft, 'strings' | 'sourceHashes'>;
export const emptyDraft = (): EmptyDraft => ({ strings: {}, sourceHashes: {} });

export function studioRows(data: StudioData, draft: EmptyDraft): StudioRow[] {
  const rows: StudioRow[] = [];
  for (const [namespace, source] of Object.entries(data.source)) {
    for (const unit of sourceUnits(source)) {
      const hash = recordedSource(draft.sourceHashes[namespace]?.[unit.key] ?? data.shippedHashes[namespace]?.[unit.key]);
      for (const key of keysFor(unit, data.language)) {
        const drafted = draft.strings[namespace]?.[key];
        const value = drafted ?? data.shipped[namespace]?.[key] ?? '';
        const category = unit.plural ? key.slice(unit.key.length + 1) : undefined;
        const english = data.english[namespace] ?? {};
        rows.push({
          namespace,
          key,
          unitKey: unit.key,
          pluralCategory: category,
          source: unit.text,
          english: english[key] ?? english[`${unit.key}_other`] ?? '',
          note: data.notes[namespace]?.[unit.key] ?? '',
          value,
          inDraft: drafted !== undefined,
          missing: value.trim() === '',
          changed: Boolean(hash && value && hash !== sourceHash(unit.text)),
        });
      }
    }
  }
  return rows;
}

export interface NamespaceProgress {
  namespace: string;
  translated: number;
  total: number;
}

/** Translated units per namespace: a plural unit counts once, when all its forms are there. */
export function progressOf(rows: StudioRow[]): NamespaceProgress[] {
  const units = new Map<string, { namespace: string; done: boolean }>();
  for (const row of rows) {
    const id = `${row.namespace}:${row.unitKey}`;
    const previous = units.get(id);
    units.set(id, { namespace: row.namespace, done: (previous?.done ?? true) && !row.missing });
  }
  const byNamespace = new Map<string, NamespaceProgress>();
  for (const { namespace, done } of units.values()) {
    const entry = byNamespace.get(namespace) ?? { namespace, translated: 0, total: 0 };
    entry.total += 1;
    if (done) entry.translated += 1;
    byNamespace.set(namespace, entry);
  }
  return [...byNamespace.values()];
}

/** The shipped strings with the draft laid over them, per namespace (flat). */
export function mergedStrings(data: StudioData, draft: EmptyDraft): ByNamespace {
  const merged: ByNamespace = {};
  for (const namespace of Object.keys(data.source)) {
    merged[namespace] = Object.fromEntries(
      Object.entries({ ...data.shipped[namespace], ...draft.strings[namespace] }).filter(([, value]) => value.trim() !== ''),
    );
  }
  return merged;
}

export function mergedHashes(data: StudioData, draft: EmptyDraft): SourceHashes {
  const namespaces = new Set([...Object.keys(data.shippedHashes), ...Object.keys(draft.sourceHashes)]);
  return Object.fromEntries(
    [...namespaces].map((namespace) => [namespace, { ...data.shippedHashes[namespace], ...draft.sourceHashes[namespace] }]),
  );
}

/** Nested trees, as the locale files and i18next want them. */
export function toTrees(strings: ByNamespace): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(strings).map(([namespace, flat]) => [namespace, unflatten(flat)]));
}
