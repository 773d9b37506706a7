import { describe, expect, it } from 'vitest';
import languages from '@/locales/languages.json';
import { createI18n } from './create';
import { loadResources } from './load';
import { createTranslator } from './translator';

const NAMESPACES = ['common', 'overlay', 'glossary', 'guides'];

/** Every leaf key of a tree, plural suffixes taken off. */
function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? keys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('the overlay translator', () => {
  for (const { code } of [...languages.languages, { code: 'en-XA' }]) {
    it(`says what i18next says for every overlay string in ${code}`, async () => {
      const resources = await loadResources(code, NAMESPACES);
      const i18next = createI18n(code, resources);
      const ours = createTranslator(code, resources);
      const source = await loadResources('ko', NAMESPACES);
      for (const namespace of NAMESPACES) {
        // Both as plain functions: the test calls them with and without values.
        const expected = i18next.getFixedT(code, namespace) as unknown as (key: string, values?: object) => string;
        const actual = ours.getFixedT(code, namespace) as unknown as (key: string, values?: object) => string;
        for (const key of new Set(keys(source.ko![namespace] as Record<string, unknown>))) {
          for (const values of [
            undefined,
            { count: 0, n: 0, label: '「발급」', number: '110' },
            { count: 1, n: 1 },
            { count: 2 },
            { count: 3 },
            { count: 11 },
            { count: 102 },
          ]) {
            expect(actual(key, values), `${code} ${namespace}:${key} ${JSON.stringify(values)}`).toBe(expected(key, values));
          }
        }
        // Another namespace by prefix, and a key nobody wrote.
        expect(actual('common:close')).toBe(expected('common:close'));
        expect(actual('no.such.key')).toBe(expected('no.such.key'));
      }
    });
  }
});
