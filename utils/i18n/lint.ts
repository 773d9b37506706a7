/**
 * The translation checks, as pure functions over file contents: used by `npm run i18n:check`
 * (lint-cli.ts reads the files), by the unit suite over the real locales folder, and by the
 * translator studio for inline checks and for validating an imported file.
 *
 * Runs under plain Node (type stripping), so it imports nothing but siblings, with extensions.
 */
import { sourceHash } from './hash.ts';

export type ProblemSeverity = 'error' | 'warning';
export type ProblemCode =
  | 'parse'
  | 'not-object'
  | 'not-string'
  | 'missing-file'
  | 'missing'
  | 'extra'
  | 'empty'
  | 'placeholder-missing'
  | 'placeholder-extra'
  | 'plural-missing'
  | 'plural-extra'
  | 'markup'
  | 'locked-label'
  | 'too-long'
  | 'much-too-long'
  | 'changed'
  | 'store-limit'
  | 'unused'
  | 'readme-stale';

export interface Problem {
  severity: ProblemSeverity;
  code: ProblemCode;
  language: string;
  namespace: string;
  /** The key the problem is about ('' for a whole file). */
  key: string;
  /** Values for the message (the studio translates the message from `code` and these). */
  params: Record<string, string>;
  /** The English message for the command line. */
  message: string;
}

export type FlatStrings = Record<string, string>;
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`);
const PLACEHOLDER = /\{\{\s*([^}\s,]+)[^}]*\}\}/g;
/** Chrome Web Store limits for the manifest strings, in characters. */
export const MANIFEST_LIMITS: Record<string, number> = { extName: 45, extShortName: 12, extDescription: 132 };
const LOCKED_LABEL = /「[^「」]*」/g;
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>?|javascript:|\bon[a-z]+\s*=/i;

/** The CLDR plural categories a language uses, as i18next's suffixes ("_one", "_other" …). */
export function pluralCategories(language: string): string[] {
  const base = language === 'en-XA' ? 'en' : language;
  const found = new Intl.PluralRules(base).resolvedOptions().pluralCategories as string[];
  return PLURAL_CATEGORIES.filter((category) => found.includes(category));
}

/** "summary_few" → { base: "summary", category: "few" }; plain keys → null. */
export function splitPlural(key: string): { base: string; category: string } | null {
  const match = PLURAL_SUFFIX.exec(key);
  return match ? { base: match[1]!, category: match[2]! } : null;
}

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/**
 * The 「…」 labels of a Korean source string. By convention 「」 quotes only text that appears
 * on the website (a button, a field, an option): the user has to find that exact Korean text
 * on screen, so every language keeps it verbatim, brackets included. Dotbogi's own buttons are
 * quoted ‘…’ in Korean and translated.
 */
export function lockedLabels(source: string): string[] {
  return [...new Set(source.match(LOCKED_LABEL) ?? [])];
}

/** The first piece of markup or script in a string, or null. Strings are shown as text only. */
export function markupIn(text: string): string | null {
  return MARKUP.exec(text)?.[0] ?? null;
}

/**
 * How wide a string is on screen, roughly: Hangul, CJK and kana take two columns, combining
 * marks (Thai, Khmer, Devanagari vowels) none. Comparing widths, not characters, keeps the
 * length check meaningful between Korean and alphabetic languages.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(PLACEHOLDER, '')) {
    if (/\p{M}/u.test(char)) continue;
    width += /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uff00-\uffef]/u.test(char) ? 2 : 1;
  }
  return width;
}

/** Flattens a namespace tree to dotted keys; anything but strings and objects is a problem. */
export function flatten(tree: unknown, prefix = '', bad: string[] = []): { strings: FlatStrings; bad: string[] } {
  const strings: FlatStrings = {};
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') strings[path] = value;
    else if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(strings, flatten(value, path, bad).strings);
    else bad.push(path);
  }
  return { strings, bad };
}

/** Rebuilds the nested tree i18next and the locale files use from dotted keys. */
export function unflatten(strings: FlatStrings): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(strings)) {
    const parts = path.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = value;
  }
  return tree;
}

/** A source unit: a plain key, or a plural base whose forms differ per language. */
export interface SourceUnit {
  key: string;
  plural: boolean;
  /** The Korean text (for plurals, the `_other` form). */
  text: string;
}

export function sourceUnits(source: FlatStrings): SourceUnit[] {
  const units = new Map<string, SourceUnit>();
  for (const [key, text] of Object.entries(source)) {
    const plural = splitPlural(key);
    if (plural) {
      const existing = units.get(plural.base);
      if (!existing || plural.category === 'other') units.set(plural.base, { key: plural.base, plural: true, text });
    } else units.set(key, { key, plural: false, text });
  }
  return [...units.values()];
}

/** The translation keys a unit needs in `language`. */
export function keysFor(unit: SourceUnit, language: string): string[] {
  return unit.plural ? pluralCategories(language).map((category) => `${unit.key}_${category}`) : [unit.key];
}

interface Where {
  language: string;
  namespace: string;
  key: string;
}

function problem(severity: ProblemSeverity, code: ProblemCode, where: Where, params: Record<string, string>, message: string): Problem {
  return { severity, code, ...where, params, message };
}

/**
 * The checks on one translated string against its Korean source, as the studio runs them while
 * the volunteer types: placeholders, markup, length.
 */
export function lintString(source: string, translation: string, where: Where, pluralCategory?: string): Problem[] {
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

/** Hashes of the Korean source per namespace and unit key, recorded when a translation was made. */
export type SourceHashes = Record<string, Record<string, string>>;

export interface NamespaceLint {
  language: string;
  namespace: string;
  source: FlatStrings;
  target: FlatStrings;
  hashes?: Record<string, string>;
  /** An import or a draft may be incomplete: then missing keys are not problems. */
  partial?: boolean;
}

/** Every problem of one language's namespace against Korean. */
export function lintNamespace({ language, namespace, source, target, hashes = {}, partial = false }: NamespaceLint): Problem[] {
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
        } else problems.push(problem('error', 'missing', where, {}, `${key}: missing`));
        continue;
      }
      problems.push(...lintString(unit.text, translation, where, unit.plural ? key.slice(unit.key.length + 1) : undefined));
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
    const recorded = hashes[unit.key];
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
  /** Code usage, for the unused-key warning; omitted to skip it. */
  usage?: { literals: ReadonlySet<string>; dynamic: Record<string, string[]>; dataNamespaces: readonly string[] };
}

export interface CompletenessRow {
  language: string;
  status: string;
  translated: number;
  total: number;
  percent: number;
  perNamespace: Record<string, { translated: number; total: number }>;
}

export interface LintResult {
  problems: Problem[];
  completeness: CompletenessRow[];
}

/** Checks every language against the source, and measures how complete each is. */
export function lintLocales(input: LocaleInput): LintResult {
  const problems: Problem[] = [];
  const sources: Record<string, FlatStrings> = {};
  for (const namespace of input.namespaces) {
    const text = input.files[input.source]?.[namespace];
    if (text === undefined) continue;
    const parsed = parseNamespaceFile(text, { language: input.source, namespace });
    problems.push(...parsed.problems);
    if (parsed.strings) {
      sources[namespace] = parsed.strings;
      for (const [key, value] of Object.entries(parsed.strings)) {
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
  }

  const completeness: CompletenessRow[] = [];
  for (const { code: language, status } of input.languages) {
    const row: CompletenessRow = { language, status, translated: 0, total: 0, percent: 0, perNamespace: {} };
    for (const [namespace, source] of Object.entries(sources)) {
      const units = sourceUnits(source);
      const counts = { translated: 0, total: units.length };
      row.perNamespace[namespace] = counts;
      row.total += units.length;
      if (language === input.source) {
        counts.translated = units.length;
        row.translated += units.length;
        continue;
      }
      const text = input.files[language]?.[namespace];
      const where = { language, namespace };
      if (text === undefined) {
        problems.push(
          problem(
            'error',
            'missing-file',
            { ...where, key: '' },
            { count: String(units.length) },
            `the file is missing (${units.length} strings to translate)`,
          ),
        );
        continue;
      }
      const parsed = parseNamespaceFile(text, where);
      problems.push(...parsed.problems);
      if (!parsed.strings) continue;
      const target = parsed.strings;
      problems.push(...lintNamespace({ language, namespace, source, target, hashes: input.hashes?.[language]?.[namespace] }));
      counts.translated = units.filter((unit) => keysFor(unit, language).every((key) => target[key]?.trim())).length;
      row.translated += counts.translated;
    }
    row.percent = row.total ? Math.floor((row.translated / row.total) * 100) : 100;
    completeness.push(row);
  }

  if (input.usage) problems.push(...unusedKeys(sources, input.source, input.usage));
  return { problems, completeness };
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

/** The completeness table README shows and the CLI prints. */
export function completenessTable(rows: CompletenessRow[], names: Record<string, string>): string {
  const lines = ['| language | code | status | complete | strings |', '|---|---|---|---:|---:|'];
  for (const row of rows) {
    lines.push(
      `| ${names[row.language] ?? row.language} | ${row.language} | ${row.status} | ${row.percent} % | ${row.translated} / ${row.total} |`,
    );
  }
  return lines.join('\n');
}

export const README_START = '<!-- i18n-table:start -->';
export const README_END = '<!-- i18n-table:end -->';

/** README with the table between the markers replaced (or a Languages section appended). */
export function withReadmeTable(readme: string, table: string): string {
  const block = `${README_START}\n\n${table}\n\n${README_END}`;
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start >= 0 && end > start) return readme.slice(0, start) + block + readme.slice(end + README_END.length);
  return `${readme.trimEnd()}\n\n## Languages\n\n${block}\n`;
}

/** The table README.md shows now, or null when it has no markers. */
export function readmeTableOf(readme: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  return start >= 0 && end > start ? readme.slice(start + README_START.length, end).trim() : null;
}

/** An error when README.md's languages table is not the one the locale files give. */
export function lintReadme(readme: string, table: string): Problem[] {
  const shown = readmeTableOf(readme);
  if (shown === table) return [];
  const message =
    shown === null
      ? `README.md: no languages table (between ${README_START} and ${README_END}); run npm run i18n:check -- --write-readme`
      : 'README.md: the languages table is out of date; run npm run i18n:check -- --write-readme';
  return [problem('error', 'readme-stale', { language: '', namespace: '', key: '' }, {}, message)];
}

/** The file the studio exports and imports: every namespace of one language, plus its source hashes. */
export interface LocaleBundle {
  format: 'dotbogi-locale';
  version: 1;
  language: string;
  strings: Record<string, Record<string, unknown>>;
  sourceHashes: SourceHashes;
}

/**
 * Validates an imported bundle against the Korean source. Incomplete is fine (a volunteer may
 * send half a language); wrong is not: broken JSON, unknown keys, missing placeholders, plural
 * forms the language does not have, markup. Warnings (length) do not reject.
 */
export function validateBundle(
  text: string,
  sources: Record<string, FlatStrings>,
  knownLanguages: readonly string[],
): { bundle: LocaleBundle | null; flat: Record<string, FlatStrings>; problems: Problem[] } {
  const fail = (code: ProblemCode, message: string, params: Record<string, string> = {}) => ({
    bundle: null,
    flat: {},
    problems: [problem('error', code, { language: '', namespace: '', key: '' }, params, message)],
  });
  let data: Partial<LocaleBundle>;
  try {
    data = JSON.parse(text) as Partial<LocaleBundle>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('parse', `not valid JSON: ${reason}`, { reason });
  }
  if (data?.format !== 'dotbogi-locale' || typeof data.strings !== 'object' || !data.strings) {
    return fail('not-object', 'not a Dotbogi locale file (exported from the translator studio)');
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
    problems.push(...lintNamespace({ language, namespace, source, target: parsed.strings, partial: true }));
  }
  const errors = problems.filter((item) => item.severity === 'error');
  const bundle = {
    format: 'dotbogi-locale',
    version: 1,
    language,
    strings: data.strings,
    sourceHashes: data.sourceHashes ?? {},
  } as LocaleBundle;
  return { bundle: errors.length ? null : bundle, flat, problems };
}

/** Where a problem is, for people: "vi/settings.json › site.turnOn". */
export function locationOf(item: Pick<Problem, 'language' | 'namespace' | 'key'>): string {
  const file = item.namespace ? `${item.language}/${item.namespace}.json` : item.language;
  return item.key ? `${file} › ${item.key}` : file;
}

export { sourceHash };
