/**
 * The translation checks, as pure functions over file contents: used by `npm run i18n:check`
 * (lint-cli.ts reads the files), by the unit suite over the real locales folder, and by the
 * translator studio for inline checks and for validating an imported file.
 *
 * Runs under plain Node (type stripping), so it imports nothing but siblings, with extensions.
 */
import { differingKeys, recordedSource, sourceHash, syncHashes, type SourceHashes } from './hashes.ts';
import { problem, type Problem, type Where } from './problem.ts';
import type { CompletenessRow } from './readme.ts';
import { lintOrthography, type OrthographyFile } from './orthography.ts';
import { lintTerms, type Termbase } from './termbase.ts';
import { parseReviews, reviewedCounts } from './reviews.ts';
import {
  displayWidth,
  flatten,
  keysFor,
  lockedLabels,
  markupIn,
  nestedKeysOf,
  placeholdersOf,
  pluralCategories,
  sourceUnits,
  splitPlural,
  type FlatStrings,
} from './strings.ts';

/** The data files some checks read; the studio and the CLI pass what they have. */
export interface LintContext {
  orthography?: OrthographyFile;
  termbase?: Termbase;
}

/** Chrome Web Store limits for the manifest strings, in characters. */
export const MANIFEST_LIMITS: Record<string, number> = { extName: 45, extShortName: 12, extDescription: 132 };

/**
 * The checks on one translated string against its Korean source, as the studio runs them while
 * the volunteer types: placeholders, markup, length.
 */
export function lintString(
  source: string,
  translation: string,
  where: Where,
  pluralCategory?: string,
  context: LintContext = {},
): Problem[] {
  const problems: Problem[] = [];
  if (translation.trim() === '') {
    problems.push(problem('error', 'empty', where, {}, `${where.key}: the translation is empty`));
    return problems;
  }
  const wanted = placeholdersOf(source);
  const found = placeholdersOf(translation);
  for (const name of wanted) {
    // A singular form may say "one item" without the number; every other form must show it.
    const optional = name === 'count' && pluralCategory !== undefined && pluralCategory !== 'other';
    if (!found.includes(name) && !optional) {
      problems.push(
        problem('error', 'placeholder-missing', where, { name: `{{${name}}}` }, `${where.key}: the placeholder {{${name}}} is missing`),
      );
    }
  }
  for (const name of found.filter((name) => !wanted.includes(name))) {
    problems.push(
      problem(
        'error',
        'placeholder-extra',
        where,
        { name: `{{${name}}}` },
        `${where.key}: {{${name}}} is not in the Korean source, so it would stay empty`,
      ),
    );
  }
  // A term is worded once, in terms.json; a translation names the same terms as its source, by
  // reference, or the report would say one thing in Korean and another in translation.
  const sourceTerms = nestedKeysOf(source);
  const translationTerms = nestedKeysOf(translation);
  for (const name of [...new Set([...sourceTerms, ...translationTerms])]) {
    const wanted = sourceTerms.filter((key) => key === name).length;
    const found = translationTerms.filter((key) => key === name).length;
    if (wanted === found) continue;
    problems.push(
      problem(
        'error',
        'term-reference',
        where,
        { name: `$t(${name})`, wanted: String(wanted), found: String(found) },
        `${where.key}: the Korean names $t(${name}) ${wanted}×, this translation ${found}×; name each term as the source does, with the same $t(…) reference (the words live in terms.json)`,
      ),
    );
  }
  for (const label of lockedLabels(source).filter((label) => !translation.includes(label))) {
    problems.push(
      problem(
        'error',
        'locked-label',
        where,
        { label },
        `${where.key}: ${label} is text on the website; keep it exactly as in the Korean, 「」 included`,
      ),
    );
  }
  const markup = markupIn(translation);
  if (markup) {
    problems.push(
      problem(
        'error',
        'markup',
        where,
        { markup },
        `${where.key}: contains markup or script "${markup}"; strings are shown as plain text, write it without tags`,
      ),
    );
  }
  problems.push(...lintOrthography(translation, where, context.orthography));
  const ratio = displayWidth(translation) / Math.max(displayWidth(source), 1);
  if (ratio > 3) {
    problems.push(
      problem(
        'warning',
        'much-too-long',
        where,
        { ratio: ratio.toFixed(1) },
        `${where.key}: ${ratio.toFixed(1)}× as long as the Korean; it will likely not fit`,
      ),
    );
  } else if (ratio > 2) {
    problems.push(
      problem(
        'warning',
        'too-long',
        where,
        { ratio: ratio.toFixed(1) },
        `${where.key}: ${ratio.toFixed(1)}× as long as the Korean; check it fits`,
      ),
    );
  }
  return problems;
}

export interface NamespaceLint {
  language: string;
  namespace: string;
  source: FlatStrings;
  target: FlatStrings;
  hashes?: Record<string, string>;
  /** An import or a draft may be incomplete: then missing keys are not problems. */
  partial?: boolean;
  context?: LintContext;
  /** This language's glossary, for the termbase check. */
  glossary?: FlatStrings;
}

/** Every problem of one language's namespace against Korean. */
export function lintNamespace({
  language,
  namespace,
  source,
  target,
  hashes = {},
  partial = false,
  context = {},
  glossary,
}: NamespaceLint): Problem[] {
  const problems: Problem[] = [];
  const units = sourceUnits(source);
  const expected = new Set(units.flatMap((unit) => keysFor(unit, language)));
  const categories = pluralCategories(language);
  for (const unit of units) {
    for (const key of keysFor(unit, language)) {
      const where = { language, namespace, key };
      const translation = target[key];
      if (translation === undefined) {
        if (partial) continue;
        if (unit.plural) {
          const category = key.slice(unit.key.length + 1);
          problems.push(
            problem(
              'error',
              'plural-missing',
              where,
              { category, categories: categories.join(', ') },
              `${key}: missing plural form "_${category}" (${language} needs ${categories.join(', ')})`,
            ),
          );
        } else if (namespace === context.termbase?.file.namespace) {
          problems.push(problem('warning', 'term-missing', where, {}, `${key}: missing; the overlay shows the English term meanwhile`));
        } else problems.push(problem('error', 'missing', where, {}, `${key}: missing`));
        continue;
      }
      problems.push(...lintString(unit.text, translation, where, unit.plural ? key.slice(unit.key.length + 1) : undefined, context));
      const limit = namespace === 'manifest' ? MANIFEST_LIMITS[key] : undefined;
      if (limit && [...translation].length > limit) {
        problems.push(
          problem(
            'error',
            'store-limit',
            where,
            { limit: String(limit) },
            `${key}: longer than the ${limit} characters the browser stores allow`,
          ),
        );
      }
    }
    const forms = keysFor(unit, language).flatMap((key) => target[key] ?? []);
    if (context.termbase && forms.length) {
      problems.push(...lintTerms(unit.text, forms.join('\n'), { language, namespace, key: unit.key }, context.termbase, glossary));
    }
    const recorded = recordedSource(hashes[unit.key]);
    if (recorded && recorded !== sourceHash(unit.text) && keysFor(unit, language).some((key) => key in target)) {
      problems.push(
        problem(
          'warning',
          'changed',
          { language, namespace, key: unit.key },
          {},
          `${unit.key}: the Korean source changed since this was translated; check the translation still fits`,
        ),
      );
    }
  }
  for (const key of Object.keys(target).filter((key) => !expected.has(key))) {
    const where = { language, namespace, key };
    const plural = splitPlural(key);
    if (plural && units.some((unit) => unit.plural && unit.key === plural.base)) {
      problems.push(
        problem(
          'error',
          'plural-extra',
          where,
          { category: plural.category, categories: categories.join(', ') },
          `${key}: "_${plural.category}" is not a plural form of ${language} (it uses ${categories.join(', ')})`,
        ),
      );
    } else problems.push(problem('error', 'extra', where, {}, `${key}: not in the Korean source (a typo, or a removed key)`));
  }
  return problems;
}

/** Parses one locale file's text into flat strings, or the problems that stop it. */
export function parseNamespaceFile(text: string, where: Omit<Where, 'key'>): { strings: FlatStrings | null; problems: Problem[] } {
  let tree: unknown;
  try {
    tree = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { strings: null, problems: [problem('error', 'parse', { ...where, key: '' }, { reason }, `not valid JSON: ${reason}`)] };
  }
  return parseNamespaceTree(tree, where);
}

export function parseNamespaceTree(tree: unknown, where: Omit<Where, 'key'>): { strings: FlatStrings | null; problems: Problem[] } {
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) {
    return {
      strings: null,
      problems: [problem('error', 'not-object', { ...where, key: '' }, {}, 'must be an object of keys and strings')],
    };
  }
  const { strings, bad } = flatten(tree);
  const problems = bad.map((key) =>
    problem('error', 'not-string', { ...where, key }, {}, `${key}: must be a string (or an object of strings)`),
  );
  return { strings, problems };
}

export interface LocaleInput {
  source: string;
  languages: { code: string; status: string }[];
  namespaces: readonly string[];
  /** Raw file text per language and namespace; undefined where the file does not exist. */
  files: Record<string, Record<string, string | undefined>>;
  hashes?: Record<string, SourceHashes>;
  /** Each language's _reviews.json as parsed JSON; undefined where it has none. */
  reviews?: Record<string, unknown>;
  /** Code usage, for the unused-key warning; omitted to skip it. */
  usage?: { literals: ReadonlySet<string>; dynamic: Record<string, string[]>; dataNamespaces: readonly string[] };
  /** Data the checks read (locales/orthography.json …); omitted checks are skipped. */
  context?: LintContext;
}

export interface LintResult {
  problems: Problem[];
  completeness: CompletenessRow[];
}

export interface ParsedLocales {
  /** Korean, per namespace (only namespaces whose file parsed). */
  sources: Record<string, FlatStrings>;
  /** Every other language's strings, per namespace (only files that parsed). */
  targets: Record<string, Record<string, FlatStrings>>;
  problems: Problem[];
}

/** Parses every locale file: the problems that stop a file (broken JSON, values that are not strings), markup in Korean. */
export function parseLocales(input: LocaleInput): ParsedLocales {
  const problems: Problem[] = [];
  const sources: Record<string, FlatStrings> = {};
  const targets: Record<string, Record<string, FlatStrings>> = {};
  for (const namespace of input.namespaces) {
    const text = input.files[input.source]?.[namespace];
    if (text === undefined) continue;
    const parsed = parseNamespaceFile(text, { language: input.source, namespace });
    problems.push(...parsed.problems);
    if (!parsed.strings) continue;
    sources[namespace] = parsed.strings;
    for (const [key, value] of Object.entries(parsed.strings)) {
      problems.push(...lintOrthography(value, { language: input.source, namespace, key }, input.context?.orthography));
      const markup = markupIn(value);
      if (markup)
        problems.push(
          problem(
            'error',
            'markup',
            { language: input.source, namespace, key },
            { markup },
            `${key}: contains markup or script "${markup}"`,
          ),
        );
    }
  }
  for (const { code: language } of input.languages) {
    if (language === input.source) continue;
    targets[language] = {};
    for (const [namespace, source] of Object.entries(sources)) {
      const text = input.files[language]?.[namespace];
      const where = { language, namespace };
      if (text === undefined) {
        const count = sourceUnits(source).length;
        problems.push(
          problem(
            'error',
            'missing-file',
            { ...where, key: '' },
            { count: String(count) },
            `the file is missing (${count} strings to translate)`,
          ),
        );
        continue;
      }
      const parsed = parseNamespaceFile(text, where);
      problems.push(...parsed.problems);
      if (parsed.strings) targets[language][namespace] = parsed.strings;
    }
  }
  return { sources, targets, problems };
}

/** Checks every language against the source, and measures how complete each is. */
export function lintLocales(input: LocaleInput): LintResult {
  const { sources, targets, problems } = parseLocales(input);
  const completeness: CompletenessRow[] = [];
  for (const { code: language, status } of input.languages) {
    const row: CompletenessRow = {
      language,
      status,
      translated: 0,
      total: 0,
      percent: 0,
      reviewed: 0,
      reviewedPercent: 0,
      perNamespace: {},
    };
    const parsedReviews = language === input.source ? null : parseReviews(input.reviews?.[language], language, sources);
    problems.push(...(parsedReviews?.problems ?? []).map((item) => ({ ...item, message: `_reviews.json: ${item.message}` })));
    const reviewed = parsedReviews ? reviewedCounts(language, sources, targets[language] ?? {}, parsedReviews.reviews) : {};
    for (const [namespace, source] of Object.entries(sources)) {
      const units = sourceUnits(source);
      const counts = { translated: 0, total: units.length, reviewed: 0 };
      row.perNamespace[namespace] = counts;
      row.total += units.length;
      if (language === input.source) {
        counts.translated = counts.reviewed = units.length;
        row.translated += units.length;
        row.reviewed += units.length;
        continue;
      }
      counts.reviewed = reviewed[namespace] ?? 0;
      row.reviewed += counts.reviewed;
      const target = targets[language]?.[namespace];
      if (!target) continue;
      problems.push(
        ...lintNamespace({
          language,
          namespace,
          source,
          target,
          hashes: input.hashes?.[language]?.[namespace],
          context: input.context,
          glossary: input.context?.termbase ? targets[language]?.[input.context.termbase.file.namespace] : undefined,
        }),
      );
      counts.translated = units.filter((unit) => keysFor(unit, language).every((key) => target[key]?.trim())).length;
      row.translated += counts.translated;
    }
    row.percent = row.total ? Math.floor((row.translated / row.total) * 100) : 100;
    row.reviewedPercent = row.total ? Math.floor((row.reviewed / row.total) * 100) : 100;
    if (status === 'reviewed' && row.reviewed < row.total) {
      problems.push(
        problem(
          'error',
          'status-unreviewed',
          { language, namespace: '', key: '' },
          { percent: String(row.reviewedPercent) },
          `locales/languages.json calls ${language} reviewed, but only ${row.reviewedPercent} % of its strings are: set it back to "draft" until the rest is reviewed`,
        ),
      );
    }
    completeness.push(row);
    problems.push(...unknownNestedKeys(language, language === input.source ? sources : (targets[language] ?? {}), sources));
    if (input.hashes && language !== input.source)
      problems.push(...unrecordedHashes(language, sources, targets[language] ?? {}, input.hashes[language] ?? {}));
  }

  if (input.usage) problems.push(...unusedKeys(sources, input.source, input.usage));
  return { problems, completeness };
}

/**
 * An error for every `$t(namespace:key)` whose key the Korean source does not have: i18next would
 * show the raw reference ("terms:persona.oldr") in the report.
 */
function unknownNestedKeys(language: string, strings: Record<string, FlatStrings>, sources: Record<string, FlatStrings>): Problem[] {
  const problems: Problem[] = [];
  for (const [namespace, flat] of Object.entries(strings)) {
    for (const [key, text] of Object.entries(flat)) {
      for (const nested of nestedKeysOf(text)) {
        const [target, path] = nested.includes(':') ? (nested.split(/:(.*)/s) as [string, string]) : [namespace, nested];
        const source = sources[target];
        if (source && (path in source || `${path}_other` in source)) continue;
        problems.push(
          problem(
            'error',
            'term-unknown',
            { language, namespace, key },
            { name: `$t(${nested})` },
            `${key}: $t(${nested}) names a key that the Korean source (locales/ko/${target}.json) does not have`,
          ),
        );
      }
    }
  }
  return problems;
}

/** An error when a language's source hashes are not what npm run i18n:check records (someone skipped it). */
function unrecordedHashes(
  language: string,
  sources: Record<string, FlatStrings>,
  targets: Record<string, FlatStrings>,
  recorded: SourceHashes,
): Problem[] {
  const differing = differingKeys(recorded, syncHashes({ language, sources, targets, recorded }));
  if (!differing.length) return [];
  const shown = differing.slice(0, 3).join(', ') + (differing.length > 3 ? ` and ${differing.length - 3} more` : '');
  return [
    problem(
      'error',
      'hashes-unrecorded',
      { language, namespace: '_source-hashes', key: '' },
      { keys: shown },
      `source hashes not recorded for ${shown}; run npm run i18n:check (it records them) and commit locales/*/_source-hashes.json`,
    ),
  ];
}

function unusedKeys(sources: Record<string, FlatStrings>, language: string, usage: NonNullable<LocaleInput['usage']>): Problem[] {
  const problems: Problem[] = [];
  for (const [namespace, source] of Object.entries(sources)) {
    if (usage.dataNamespaces.includes(namespace) || namespace === 'manifest') continue;
    const patterns = usage.dynamic[namespace] ?? [];
    for (const unit of sourceUnits(source)) {
      const used =
        usage.literals.has(unit.key) ||
        usage.literals.has(`${namespace}:${unit.key}`) ||
        patterns.some((pattern) => (pattern.endsWith('*') ? unit.key.startsWith(pattern.slice(0, -1)) : unit.key === pattern));
      if (!used) {
        problems.push(
          problem(
            'warning',
            'unused',
            { language, namespace, key: unit.key },
            {},
            `${unit.key}: not used in the code (remove it, or list it in locales/dynamic-keys.json if it is built at run time)`,
          ),
        );
      }
    }
  }
  return problems;
}
