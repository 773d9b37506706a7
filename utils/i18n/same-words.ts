/**
 * The report's words: strings in different places (the side panel, the report page, the exports,
 * the CLI) that name the same status must say it in the same words in every language, or a reader
 * sees "Needs review" in one line and "To review" in the next. locales/termbase.json lists each
 * group of 'namespace:key'; the first key's wording is the one the others follow. Letter case may
 * differ (a heading, a word mid-sentence).
 *
 * Runs under plain Node (type stripping), so it imports nothing but siblings, with extensions.
 */
import { problem, type Problem } from './problem.ts';
import type { FlatStrings } from './strings.ts';

export function lintSameWords(
  language: string,
  strings: Record<string, FlatStrings>,
  korean: Record<string, FlatStrings>,
  groups: readonly (readonly string[])[],
): Problem[] {
  const problems: Problem[] = [];
  const valueOf = (reference: string, from = strings) => {
    const [namespace, key] = reference.split(':') as [string, string];
    return { namespace, key, value: from[namespace]?.[key] };
  };
  for (const [first, ...rest] of groups) {
    const leader = valueOf(first!);
    if (!leader.value) continue;
    for (const reference of rest) {
      const other = valueOf(reference);
      if (!other.value || other.value.toLocaleLowerCase(language) === leader.value.toLocaleLowerCase(language)) continue;
      // Shown in the studio like a glossary term's: the Korean word and the one rendering to use.
      problems.push(
        problem(
          'error',
          'term-mismatch',
          { language, namespace: other.namespace, key: other.key },
          { term: valueOf(first!, korean).value ?? first!, rendering: leader.value, id: first! },
          `${other.key}: says “${other.value}” where ${first} says “${leader.value}” for the same status; use the same words (locales/termbase.json › sameWords)`,
        ),
      );
    }
  }
  return problems;
}
