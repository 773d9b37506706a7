/**
 * The termbase: the glossary is the single list of administrative terms, and each language gives
 * one rendering per term (`<id>.term` in its glossary.json, before any bracketed explanation).
 * A guide or overlay string whose Korean uses a term should use that rendering too; when it does
 * not, the lint warns, naming the string, the term and the glossary's rendering. Grammar may bend
 * a rendering (Russian cases, Arabic articles): locales/termbase.json lists the other forms a
 * language accepts per term, and strings where the Korean word is not the term at all.
 *
 * Runs under plain Node (type stripping), so it imports nothing but siblings, with extensions.
 */
import { createTermMatcher, type GlossaryTerm } from '../glossary/term-matcher.ts';
import { problem, type Problem, type Where } from './problem.ts';
import type { FlatStrings } from './strings.ts';

export interface TermbaseFile {
  /** The namespace holding the terms (glossary). */
  namespace: string;
  /** Namespaces whose strings must use the glossary's renderings. */
  checked: string[];
  /** Language → term id → other accepted forms (inflections). */
  forms: Record<string, Record<string, string[]>>;
  /** "namespace:key" → term ids whose Korean word there is not that term. */
  ignore: Record<string, string[]>;
}

export interface Termbase {
  file: TermbaseFile;
  terms: readonly GlossaryTerm[];
}

const LOCKED_LABEL = /「[^「」]*」/g;
/** Digits in any script count as the same number; Arabic vowel marks are optional in writing. */
const NATIVE_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59\u17e0-\u17e9]/g;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x0e50, 0x17e0];
const ARABIC_MARKS = /[\u064b-\u0652\u0670]/g;
const matchers = new WeakMap<readonly GlossaryTerm[], ReturnType<typeof createTermMatcher>>();

/** Text as the termbase compares it: letter case, digit script and Arabic vowel marks ignored. */
function comparable(text: string, language: string): string {
  return text
    .normalize('NFC')
    .replace(NATIVE_DIGITS, (digit) => {
      const code = digit.codePointAt(0)!;
      return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
    })
    .replace(ARABIC_MARKS, '')
    .toLocaleLowerCase(language);
}

/** A language's rendering of a term: its glossary `term` without the bracketed explanation. */
export function renderingOf(glossaryTerm: string): string {
  return glossaryTerm.split(/\s*[(（]/)[0]!.trim();
}

/** The term ids a Korean string uses, outside 「」 labels (those stay Korean in every language). */
export function termsIn(korean: string, termbase: Termbase): string[] {
  let match = matchers.get(termbase.terms);
  if (!match) matchers.set(termbase.terms, (match = createTermMatcher(termbase.terms)));
  return [...new Set(match(korean.replace(LOCKED_LABEL, (label) => ' '.repeat(label.length))).map((found) => found.id))];
}

/**
 * Warnings for one translated string (all plural forms joined) against its Korean: every term the
 * Korean uses should appear in the language's rendering or an accepted form.
 */
export function lintTerms(
  korean: string,
  translation: string,
  where: Where,
  termbase: Termbase,
  glossary: FlatStrings | undefined,
): Problem[] {
  if (!glossary || !termbase.file.checked.includes(where.namespace)) return [];
  const ignored = termbase.file.ignore[`${where.namespace}:${where.key}`] ?? [];
  const text = comparable(translation, where.language);
  const problems: Problem[] = [];
  for (const id of termsIn(korean, termbase)) {
    const term = glossary[`${id}.term`];
    if (!term || ignored.includes(id)) continue;
    const rendering = renderingOf(term);
    const forms = [rendering, ...(termbase.file.forms[where.language]?.[id] ?? [])];
    if (forms.some((form) => text.includes(comparable(form, where.language)))) continue;
    const korean = termbase.terms.find((candidate) => candidate.id === id)!.term;
    problems.push(
      problem(
        'warning',
        'term-mismatch',
        where,
        { term: korean, rendering, id },
        `${where.key}: the glossary renders ${korean} as “${rendering}” (${where.language}/${termbase.file.namespace}.json › ${id}.term); use it here too, or list this form in locales/termbase.json`,
      ),
    );
  }
  return problems;
}
