/**
 * The shape of Dotbogi's strings, shared by the lint, the studio and the tooling: flat dotted keys,
 * plural units (CLDR categories as i18next suffixes), placeholders, markup, 「」 labels.
 *
 * Runs under plain Node (type stripping), so it imports nothing but siblings, with extensions.
 */
export type FlatStrings = Record<string, string>;
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`);
const PLACEHOLDER = /\{\{\s*([^}\s,]+)[^}]*\}\}/g;
const LOCKED_LABEL = /「[^「」]*」/g;
const NESTING = /\$t\(([^),]+)[^)]*\)/g;
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>?|javascript:|\bon[a-z]+\s*=/i;

/** The CLDR plural categories a language uses, as i18next's suffixes ("_one", "_other" …). */
export function pluralCategories(language: string): string[] {
  let categories = pluralCache.get(language);
  if (!categories) {
    // Building Intl.PluralRules is slow, and the lint asks for every string of every language.
    const found = new Intl.PluralRules(language === 'en-XA' ? 'en' : language).resolvedOptions().pluralCategories as string[];
    pluralCache.set(language, (categories = PLURAL_CATEGORIES.filter((category) => found.includes(category))));
  }
  return categories;
}
const pluralCache = new Map<string, string[]>();

/** "summary_few" → { base: "summary", category: "few" }; plain keys → null. */
export function splitPlural(key: string): { base: string; category: string } | null {
  const match = PLURAL_SUFFIX.exec(key);
  return match ? { base: match[1]!, category: match[2]! } : null;
}

export function placeholdersOf(text: string): string[] {
  if (!text.includes('{{')) return [];
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/**
 * The keys a string nests with i18next's `$t(namespace:key)`, each as often as it occurs, sorted:
 * "$t(terms:finding) {{findings}}건" → ["terms:finding"]. The report's strings name people, levels
 * and statuses this way, from the glossary of report terms (locales/<lang>/terms.json).
 */
export function nestedKeysOf(text: string): string[] {
  if (!text.includes('$t(')) return [];
  return [...text.matchAll(NESTING)].map((match) => match[1]!.trim()).sort();
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
  const plain = text.replace(PLACEHOLDER, '');
  // Counted with two whole-string regular expressions: a test per character made the lint slow.
  const marks = plain.match(MARKS)?.length ?? 0;
  const wide = plain.match(WIDE)?.length ?? 0;
  return [...plain].length - marks + wide;
}
const MARKS = /\p{M}/gu;
const WIDE = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uff00-\uffef]/gu;

/** Flattens a namespace tree to dotted keys; anything but strings and objects is a problem. */
export function flatten(
  tree: unknown,
  prefix = '',
  bad: string[] = [],
  strings: FlatStrings = {},
): { strings: FlatStrings; bad: string[] } {
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') strings[path] = value;
    else if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, bad, strings);
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
