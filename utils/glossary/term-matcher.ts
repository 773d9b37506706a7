/**
 * Matches glossary terms in plain text, longest form first, at Korean word starts. Shared by the
 * overlay (find-terms.ts, over a page's text nodes) and the translation lint (utils/i18n/termbase.ts,
 * over Korean source strings), so both agree on what counts as a use of a term.
 *
 * No imports: it also runs under plain Node (type stripping) in npm run i18n:check.
 */
export interface GlossaryTerm {
  /** Stable id, also the key in locales/<lang>/glossary.json (`<id>.term`, `<id>.plain`). */
  id: string;
  /** The Korean term as sites write it. */
  term: string;
  /** Other ways sites write it (주민등록표 등본 for 등본). */
  variants: string[];
}

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;

type Form = { id: string; text: string };

/**
 * Builds a matcher for plain strings. Forms are indexed by first character and tried longest
 * first, so "주민등록표 등본" wins over "등본" at the same position.
 */
export function createTermMatcher(terms: readonly GlossaryTerm[]) {
  const byFirst = new Map<string, Form[]>();
  for (const term of terms) {
    for (const text of new Set([term.term, ...term.variants])) {
      const list = byFirst.get(text[0]!) ?? [];
      list.push({ id: term.id, text });
      byFirst.set(text[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);

  return function match(text: string): { id: string; text: string; start: number; end: number }[] {
    const found: { id: string; text: string; start: number; end: number }[] = [];
    let index = 0;
    while (index < text.length) {
      const candidates = byFirst.get(text[index]!);
      // Korean attaches particles at the end of a word (등본을, 등본이), so only the start needs
      // a boundary: a term right after another syllable is part of a different word (기본적 ≠ 본적).
      const startsWord = index === 0 || !HANGUL_SYLLABLE.test(text[index - 1]!);
      const form = candidates && startsWord ? candidates.find((candidate) => text.startsWith(candidate.text, index)) : undefined;
      if (form) {
        found.push({ id: form.id, text: form.text, start: index, end: index + form.text.length });
        index += form.text.length;
      } else index += 1;
    }
    return found;
  };
}
