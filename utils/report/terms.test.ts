import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten } from '@/utils/i18n/strings';

/**
 * One vocabulary (#23): people, levels, the finding word and every status the side panel, the
 * report page, the exports and the CLI show are worded once, in the glossary of report terms
 * (locales/<lang>/terms.json); every other string of those namespaces names them by nesting
 * `$t(terms:…)`. Which namespaces, the Korean variants and the phrases that only look like a term
 * are data: locales/termbase.json › reportTerms. That each translation nests the same terms as
 * the Korean is `i18n:check`'s rule term-reference (utils/i18n/lint.ts), which CI runs.
 */
const LOCALES = join(import.meta.dirname, '../../locales');
const read = (language: string, namespace: string): Record<string, string> =>
  flatten(JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>).strings;
const termbase = JSON.parse(readFileSync(join(LOCALES, 'termbase.json'), 'utf8')) as {
  reportTerms: { namespaces: string[]; variants: Record<string, string[]>; notTerms: string[] };
};
const { namespaces, variants, notTerms } = termbase.reportTerms;
const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const terms = read('ko', 'terms');
const HANGUL = /[\uac00-\ud7a3]/;

/**
 * Where `text` names `word` as a term. A person's name or a variant counts anywhere (어르신은 …);
 * a level, status or the finding word counts when it stands as a word of its own — a label, a
 * heading, a count ("문제 3건", "‘확인 필요’로") — not inside a longer word or with a particle
 * in ordinary prose ("어려움을 겪는 사람", "문제가 없습니다").
 */
function names(text: string, word: string, anywhere: boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (anywhere) return true;
    const before = text[at - 1] ?? '';
    const after = text[at + word.length] ?? '';
    if (!HANGUL.test(before) && !HANGUL.test(after)) return true;
  }
  return false;
}

/** Korean strings of the report surfaces that spell out a term (or a variant) instead of nesting it. */
function spelledOut(): string[] {
  const words = [
    ...Object.entries(terms).map(([key, word]) => ({ key, word, anywhere: key.startsWith('persona.') })),
    ...Object.entries(variants).flatMap(([key, list]) => list.map((word) => ({ key, word, anywhere: true }))),
  ];
  const found: string[] = [];
  for (const namespace of namespaces) {
    for (const [key, value] of Object.entries(read('ko', namespace))) {
      let text = value.replace(/\$t\([^)]*\)/g, ' ');
      for (const phrase of notTerms) text = text.replaceAll(phrase, ' ');
      for (const { key: term, word, anywhere } of words)
        if (names(text, word, anywhere)) found.push(`${namespace}:${key} says “${word}” (use $t(terms:${term}))`);
    }
  }
  return found;
}

describe('the glossary of report terms', () => {
  it('has every term in every language, and no language adds one of its own', () => {
    for (const language of languages) expect(Object.keys(read(language, 'terms')).sort(), language).toEqual(Object.keys(terms).sort());
  });

  it('is the only place the Korean report surfaces word a person, a level, the finding word or a status', () => {
    expect(spelledOut()).toEqual([]);
  });

  it('catches a term spelled out, a variant, and lets ordinary prose and look-alike phrases be', () => {
    expect(names('페이지 3개 · 문제 2건', '문제', false)).toBe(true);
    expect(names('‘확인 필요’로 표시된 것', '확인 필요', false)).toBe(true);
    expect(names('자동 검사에서 찾은 문제가 없습니다', '문제', false)).toBe(false);
    expect(names('누가 어려움을 겪는가', '어려움', false)).toBe(false);
    expect(names('화면 낭독기 사용자는 제목을 듣습니다', '화면 낭독기 사용자', true)).toBe(true);
  });

  it('is loaded wherever a report is read', async () => {
    const { REPORT_NAMESPACES } = await import('./translate');
    expect(REPORT_NAMESPACES).toContain('terms');
  });
});
