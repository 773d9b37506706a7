/** The file the translator studio exports and imports, and its validation. */
import { problem, type Problem, type ProblemCode } from './problem.ts';
import type { FlatStrings } from './strings.ts';
import { lintNamespace, parseNamespaceTree, type LintContext } from './lint.ts';
import { formatRecord, hashesFromFile, parseRecord, translationHash, type SourceHashes } from './hashes.ts';
import { parseReviews, REVIEWER_MAX, type Reviews } from './reviews.ts';
import { keysFor, sourceUnits } from './strings.ts';

/**
 * The file the studio exports and imports: every namespace of one language, which Korean each
 * translation was made from, and which strings were reviewed and by whom.
 *
 * Version 2 records hashes as "<korean> <translation>" (hashes.ts) and carries reviews; files of
 * version 1 (one hash per string, no reviews) are migrated on import, not refused.
 */
export interface LocaleBundle {
  format: 'dotbogi-locale';
  version: 2;
  language: string;
  /** The name or handle the volunteer chose ('' when they gave none). */
  reviewer: string;
  strings: Record<string, Record<string, unknown>>;
  sourceHashes: SourceHashes;
  reviews: Reviews;
}

export const BUNDLE_VERSION = 2;

/** Version 1 hashes ("<korean>") completed with the translation's own hash, from the file's strings. */
function migrateHashes(
  hashes: unknown,
  flat: Record<string, FlatStrings>,
  sources: Record<string, FlatStrings>,
  language: string,
): SourceHashes {
  const recorded = hashesFromFile(hashes);
  const migrated: SourceHashes = {};
  for (const [namespace, records] of Object.entries(recorded)) {
    const source = sources[namespace];
    if (!source) continue;
    const target = flat[namespace] ?? {};
    for (const unit of sourceUnits(source)) {
      const value = records[unit.key];
      if (!value || !/^[0-9a-f]{8}( [0-9a-f]{8})?$/.test(value)) continue;
      const forms = keysFor(unit, language).map((key) => target[key] ?? '');
      if (!forms.some((form) => form.trim())) continue;
      const { source: korean } = parseRecord(value);
      (migrated[namespace] ??= {})[unit.key] = formatRecord({ source: korean, translation: translationHash(forms) });
    }
  }
  return migrated;
}

/**
 * Validates an imported bundle against the Korean source. Incomplete is fine (a volunteer may
 * send half a language); wrong is not: broken JSON, unknown keys, missing placeholders, plural
 * forms the language does not have, markup, a changed 「」 label, malformed reviews. Warnings
 * (length, terms) do not reject. The result is always a version-2 bundle.
 */
export function validateBundle(
  text: string,
  sources: Record<string, FlatStrings>,
  knownLanguages: readonly string[],
  context: LintContext = {},
): { bundle: LocaleBundle | null; flat: Record<string, FlatStrings>; problems: Problem[] } {
  const fail = (code: ProblemCode, message: string, params: Record<string, string> = {}) => ({
    bundle: null,
    flat: {},
    problems: [problem('error', code, { language: '', namespace: '', key: '' }, params, message)],
  });
  let data: Partial<Omit<LocaleBundle, 'version'>> & { version?: number };
  try {
    data = JSON.parse(text) as typeof data;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('parse', `not valid JSON: ${reason}`, { reason });
  }
  if (data?.format !== 'dotbogi-locale' || typeof data.strings !== 'object' || !data.strings) {
    return fail('not-object', 'not a Dotbogi locale file (exported from the translator studio)');
  }
  if (typeof data.version === 'number' && data.version > BUNDLE_VERSION) {
    return fail('not-object', `made by a newer Dotbogi (file version ${data.version}); update Dotbogi and try again`);
  }
  const language = String(data.language);
  if (!knownLanguages.includes(language)) return fail('not-object', `unknown language "${language}"`);
  const problems: Problem[] = [];
  const flat: Record<string, FlatStrings> = {};
  for (const [namespace, tree] of Object.entries(data.strings)) {
    const source = sources[namespace];
    if (!source) {
      problems.push(problem('error', 'extra', { language, namespace, key: '' }, {}, `${namespace}: not a namespace of Dotbogi`));
      continue;
    }
    const parsed = parseNamespaceTree(tree, { language, namespace });
    problems.push(...parsed.problems);
    if (!parsed.strings) continue;
    flat[namespace] = parsed.strings;
    problems.push(...lintNamespace({ language, namespace, source, target: parsed.strings, partial: true, context }));
  }
  const parsedReviews = parseReviews(data.reviews, language, sources);
  problems.push(...parsedReviews.problems);
  const errors = problems.filter((item) => item.severity === 'error');
  const bundle: LocaleBundle = {
    format: 'dotbogi-locale',
    version: BUNDLE_VERSION,
    language,
    reviewer: typeof data.reviewer === 'string' ? data.reviewer.trim().slice(0, REVIEWER_MAX) : '',
    strings: data.strings,
    sourceHashes: migrateHashes(data.sourceHashes, flat, sources, language),
    reviews: parsedReviews.reviews,
  };
  return { bundle: errors.length ? null : bundle, flat, problems };
}
