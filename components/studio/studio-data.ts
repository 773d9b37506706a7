/**
 * What the translator studio works on: the Korean source, English as a helper, the shipped
 * translation of one language with its source hashes, the translators' context notes, and the
 * volunteer's draft. Rows and progress are derived here, purely, so they are easy to test.
 */
import { loadNamespace, namespacesOf } from '@/utils/i18n/load';
import { SOURCE_LANGUAGE } from '@/utils/i18n/languages';
import { flatten, keysFor, sourceUnits, unflatten, type FlatStrings } from '@/utils/i18n/strings';
import { formatRecord, hashesFromFile, recordedSource, sourceHash, translationHash, type SourceHashes } from '@/utils/i18n/hashes';
import { parseReviews, validReview, type Reviews } from '@/utils/i18n/reviews';
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
  /** Reviews already taken into the project (locales/<language>/_reviews.json). */
  shippedReviews: Reviews;
  notes: Record<string, Record<string, string>>;
}

async function loadAll(language: string): Promise<ByNamespace> {
  const entries = await Promise.all(
    STUDIO_NAMESPACES.map(async (namespace) => [namespace, flatten((await loadNamespace(language, namespace)) ?? {}).strings] as const),
  );
  return Object.fromEntries(entries.filter(([, strings]) => Object.keys(strings).length > 0 || language !== 'ko'));
}

export async function loadStudioData(language: string): Promise<StudioData> {
  const [source, english, shipped, hashes, reviews, notes] = await Promise.all([
    loadAll('ko'),
    loadAll('en'),
    loadAll(language),
    loadNamespace(language, '_source-hashes'),
    loadNamespace(language, '_reviews'),
    loadNamespace('ko', '_context'),
  ]);
  return {
    language,
    source,
    english,
    shipped,
    shippedHashes: hashesFromFile(hashes),
    // A broken reviews file loses its bad entries, not the studio: the lint names them.
    shippedReviews: parseReviews(reviews, language, source).reviews,
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
  /** Every form of the unit as it stands (one for a plain key), what a review is of. */
  forms: string[];
  /** Who reviewed the unit as it stands now; null when nobody has. */
  reviewedBy: string | null;
  /** True when that review is the volunteer's own, in this draft (they may take it back). */
  reviewInDraft: boolean;
}

export type EmptyDraft = Pick<TranslationDraft, 'strings' | 'sourceHashes' | 'reviews' | 'reviewer'>;
export const emptyDraft = (): EmptyDraft => ({ strings: {}, sourceHashes: {}, reviews: {}, reviewer: '' });

export function studioRows(data: StudioData, draft: EmptyDraft): StudioRow[] {
  const rows: StudioRow[] = [];
  for (const [namespace, source] of Object.entries(data.source)) {
    const english = data.english[namespace] ?? {};
    for (const unit of sourceUnits(source)) {
      const hash = recordedSource(draft.sourceHashes[namespace]?.[unit.key] ?? data.shippedHashes[namespace]?.[unit.key]);
      const keys = keysFor(unit, data.language);
      const forms = keys.map((key) => draft.strings[namespace]?.[key] ?? data.shipped[namespace]?.[key] ?? '');
      const own = validReview(draft.reviews[namespace]?.[unit.key], unit.text, forms);
      const review = own ?? validReview(data.shippedReviews[namespace]?.[unit.key], unit.text, forms);
      keys.forEach((key, index) => {
        const value = forms[index]!;
        rows.push({
          namespace,
          key,
          unitKey: unit.key,
          pluralCategory: unit.plural ? key.slice(unit.key.length + 1) : undefined,
          source: unit.text,
          english: english[key] ?? english[`${unit.key}_other`] ?? '',
          note: data.notes[namespace]?.[unit.key] ?? '',
          value,
          inDraft: draft.strings[namespace]?.[key] !== undefined,
          missing: value.trim() === '',
          changed: Boolean(hash && value && hash !== sourceHash(unit.text)),
          forms,
          reviewedBy: review?.by ?? null,
          reviewInDraft: Boolean(own),
        });
      });
    }
  }
  return rows;
}

export interface NamespaceProgress {
  namespace: string;
  translated: number;
  reviewed: number;
  total: number;
}

/** Translated and reviewed units per namespace: a plural unit counts once, when all its forms are there. */
export function progressOf(rows: StudioRow[]): NamespaceProgress[] {
  const units = new Map<string, { namespace: string; done: boolean; reviewed: boolean }>();
  for (const row of rows) {
    const id = `${row.namespace}:${row.unitKey}`;
    const previous = units.get(id);
    units.set(id, { namespace: row.namespace, done: (previous?.done ?? true) && !row.missing, reviewed: row.reviewedBy !== null });
  }
  const byNamespace = new Map<string, NamespaceProgress>();
  for (const { namespace, done, reviewed } of units.values()) {
    const entry = byNamespace.get(namespace) ?? { namespace, translated: 0, reviewed: 0, total: 0 };
    entry.total += 1;
    if (done) entry.translated += 1;
    if (reviewed) entry.reviewed += 1;
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

/**
 * The records the exported file carries: for each translated unit, the Korean it was made from
 * (the draft's, else the shipped record's) and the translation's own hash.
 */
export function exportedHashes(rows: StudioRow[], data: StudioData, draft: EmptyDraft): SourceHashes {
  const hashes: SourceHashes = {};
  for (const row of oneRowPerUnit(rows)) {
    if (!row.forms.some((form) => form.trim())) continue;
    const source = recordedSource(draft.sourceHashes[row.namespace]?.[row.unitKey] ?? data.shippedHashes[row.namespace]?.[row.unitKey]);
    if (source) (hashes[row.namespace] ??= {})[row.unitKey] = formatRecord({ source, translation: translationHash(row.forms) });
  }
  return hashes;
}

/** The reviews the exported file carries: only those of the translations as they stand. */
export function exportedReviews(rows: StudioRow[], data: StudioData, draft: EmptyDraft): Reviews {
  const reviews: Reviews = {};
  for (const row of oneRowPerUnit(rows)) {
    if (row.reviewedBy === null) continue;
    const review = row.reviewInDraft ? draft.reviews[row.namespace]![row.unitKey]! : data.shippedReviews[row.namespace]![row.unitKey]!;
    (reviews[row.namespace] ??= {})[row.unitKey] = review;
  }
  return reviews;
}

/** One row per unit (plural units have a row per form, all carrying the unit's forms). */
function oneRowPerUnit(rows: StudioRow[]): StudioRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const id = `${row.namespace}:${row.unitKey}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Nested trees, as the locale files and i18next want them. */
export function toTrees(strings: ByNamespace): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(strings).map(([namespace, flat]) => [namespace, unflatten(flat)]));
}
