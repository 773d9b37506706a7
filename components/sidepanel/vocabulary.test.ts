import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One vocabulary between the side panel and the report (#23): the panel names people, levels and
 * statuses with the report's own labels (utils/report/translate.ts `labels`, report namespace),
 * never a second set of words of its own; the Korean source uses no variant spelling of them.
 */
const LOCALES = join(import.meta.dirname, '../../locales');
const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const strings = (language: string, namespace: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];

/** Words issue #23 found beside the report's on one screen: 어르신 for 고령자, 화면낭독기 for 화면 낭독기, 고칠 점 for 문제, 확인할 점 for 확인 필요. */
const VARIANTS = ['어르신', '화면낭독기', '고칠 점', '확인할 점'];

describe('one vocabulary in the side panel and the report', () => {
  it('the side panel keeps no people, level, outcome or severity words of its own, in any language', () => {
    for (const language of languages) {
      const own = Object.keys(strings(language, 'audit')).filter((key) => ['persona', 'level', 'outcome', 'severity'].includes(key));
      expect(own, language).toEqual([]);
    }
  });

  it('the Korean side panel and report use the report’s terms, not their variants', () => {
    const persona = strings('ko', 'report').persona as Record<string, string>;
    expect(persona.older).toBe('고령자');
    expect(persona['screen-reader']).toBe('화면 낭독기 사용자');
    for (const namespace of ['audit', 'report']) {
      const found = texts(strings('ko', namespace)).filter((text) => VARIANTS.some((variant) => text.includes(variant)));
      expect(found, namespace).toEqual([]);
    }
  });
});
