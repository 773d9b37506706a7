import { describe, expect, it } from 'vitest';
import languages from '@/locales/languages.json';
import { buildRegistry } from './registry';

const files = import.meta.glob<Record<string, unknown>>('/locales/*/guides.json', { eager: true, import: 'default' });

function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}
const placeholders = (text: string) => [...text.matchAll(/{{\w+}}/g)].map((match) => match[0]).sort();

describe('guide text in every shipped language', () => {
  const keys = buildRegistry().guides.flatMap((guide) => [
    guide.title,
    guide.summary,
    ...guide.steps.flatMap((step) => [step.text, ...(step.why ? [step.why] : [])]),
  ]);

  for (const { code } of languages.languages) {
    it(`${code}: every key a guide uses exists, with the Korean placeholders`, () => {
      const strings = files[`/locales/${code}/guides.json`];
      expect(strings, `locales/${code}/guides.json`).toBeDefined();
      for (const key of keys) {
        const text = lookup(strings!, key);
        expect(typeof text, `${code}: ${key}`).toBe('string');
        expect(placeholders(text as string), `${code}: ${key}`).toEqual(
          placeholders(lookup(files['/locales/ko/guides.json']!, key) as string),
        );
      }
    });
  }

  it('keeps Korean step text short (about 40 characters) with the on-screen label in 「」', () => {
    for (const guide of buildRegistry().guides) {
      for (const step of guide.steps) {
        const text = (lookup(files['/locales/ko/guides.json']!, step.text) as string).replace('{{label}}', step.label ?? '');
        expect(text.length, `${guide.id}/${step.id}: ${text}`).toBeLessThanOrEqual(45);
        if (step.label && (lookup(files['/locales/ko/guides.json']!, step.text) as string).includes('{{label}}'))
          expect(text).toContain(`「${step.label}」`);
      }
      expect(guide.steps.length, guide.id).toBeLessThanOrEqual(13);
    }
  });
});
