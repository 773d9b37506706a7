import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../i18n/languages';
import { ruleText } from './rule-text';
import { reportTranslator } from '@/tests/kits/report/i18n';
import { reportableRuleIds } from '@/tests/kits/report/korean-journey';
import { CHECKS } from '../audit/check-registry';
import { JOURNEY_CHECKS } from '../audit/journey-check-registry';

const root = resolve(import.meta.dirname, '../..');
const rulesFile = (language: string) =>
  JSON.parse(readFileSync(resolve(root, 'locales', language, 'rules.json'), 'utf8')) as Record<string, Record<string, unknown>>;

// axe's own rule list under the audit's tags, plus Dotbogi's checks: never a copied list.
const reportable = reportableRuleIds();

describe('rule texts (locales/<language>/rules.json)', () => {
  it('enumerates the rules from axe itself, not from a copied list', () => {
    // axe-core 4.14 runs about ninety rules under these tags; a broken enumeration would pass vacuously.
    expect(reportable.length).toBeGreaterThan(90);
    expect(reportable).toContain('color-contrast');
    expect(reportable).toContain('target-size');
    expect(reportable).not.toContain('p-as-heading'); // experimental: not run
  });

  it.each(LANGUAGE_CODES)('%s has a title and an explanation for every rule the audit can report, and no others', (language) => {
    const file = rulesFile(language);
    const lacking = reportable.filter((id) => {
      const entry = file[id];
      return typeof entry?.title !== 'string' || !entry.title.trim() || typeof entry.explanation !== 'string' || !entry.explanation.trim();
    });
    expect(lacking, `${language}/rules.json lacks texts`).toEqual([]);
    expect(Object.keys(file).filter((id) => !reportable.includes(id))).toEqual([]);
  });

  it('reads the reader’s language, never axe’s English or axe’s own translation', () => {
    const ko = ruleText(reportTranslator('ko'), 'label');
    expect(ko.title).toBe(rulesFile('ko').label!.title);
    expect(ko.title).not.toMatch(/엘리먼트|Form elements/);
    expect(ko.explanation).toMatch(/화면 낭독기/);
    const vi = ruleText(reportTranslator('vi'), 'color-contrast');
    expect(vi.title).toBe(rulesFile('vi')['color-contrast']!.title);
  });

  // Rule texts name the people hurt only through the glossary ($t(terms:persona.…), locales/<language>/terms.json).
  const terms = (language: string) =>
    JSON.parse(readFileSync(resolve(root, 'locales', language, 'terms.json'), 'utf8')) as { persona: Record<string, string> };

  it.each(['ko', 'en'])('%s names the people hurt with the glossary’s words', (language) => {
    const t = reportTranslator(language);
    const persona = terms(language).persona;
    const newWindow = ruleText(t, 'new-window-notice').explanation;
    expect(newWindow).toContain(persona.older);
    expect(newWindow).toContain(persona['screen-reader']);
    expect(ruleText(t, 'session-time-limit').explanation).toContain(persona.migrant);
    expect(ruleText(t, 'redundant-entry').explanation).toContain(persona.motor);
    if (language === 'ko') expect(newWindow).not.toMatch(/어르신/);
  });

  it.each(LANGUAGE_CODES)('%s renders every rule text with its glossary terms filled in', (language) => {
    const t = reportTranslator(language);
    const unresolved = reportable.flatMap((id) => {
      const { title, explanation } = ruleText(t, id);
      return /\$t\(|persona\./.test(title + explanation) ? [id] : [];
    });
    expect(unresolved, `${language}: rule texts with a glossary reference left unresolved`).toEqual([]);
  });

  // Terms are nested mid-sentence: in a language with letter case, a term reads lower-case inside a
  // sentence ('… so older people get lost') and rule texts never start a sentence with one.
  it.each(LANGUAGE_CODES)('%s writes glossary terms in sentence case inside rule texts', (language) => {
    const t = reportTranslator(language);
    const words = Object.values(terms(language).persona).filter(
      (word) => word.toLocaleLowerCase(language) !== word.toLocaleUpperCase(language),
    );
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const miscased = reportable.flatMap((id) => {
      const { explanation } = ruleText(t, id);
      return words.some((word) => {
        const lower = word[0]!.toLocaleLowerCase(language) + word.slice(1);
        const upper = word[0]!.toLocaleUpperCase(language) + word.slice(1);
        const startsSentence = new RegExp(`(?:^|[.!?]\\s)${escape(lower)}`).test(explanation);
        const capitalisedInside = lower !== upper && new RegExp(`[^.!?\\s]\\s+${escape(upper)}`).test(explanation);
        return startsSentence || capitalisedInside;
      })
        ? [id]
        : [];
    });
    expect(miscased, `${language}: rule texts with a glossary term in the wrong case`).toEqual([]);
  });

  it('shows the rule id for a rule it has no text for (an audit stored by an older axe)', () => {
    expect(ruleText(reportTranslator('ko'), 'retired-rule')).toEqual({ title: 'retired-rule', explanation: '' });
  });

  // Why a check fired is an Evidence {key, values}: the sentence is t(`rules:<id>.evidence.<key>`, values).
  const declared = [...CHECKS, ...JOURNEY_CHECKS].map((check) => ({ id: check.meta.id, keys: check.meta.evidence }));

  it('has checks that declare evidence keys (else the next test passes vacuously)', () => {
    expect(declared.flatMap(({ keys }) => keys).length).toBeGreaterThan(30);
  });

  it.each(LANGUAGE_CODES)('%s has a sentence for every evidence key a check declares, and none for a key no check uses', (language) => {
    const file = rulesFile(language);
    const t = reportTranslator(language);
    const korean = rulesFile('ko');
    const lacking: string[] = [];
    for (const { id, keys } of declared) {
      const written = Object.keys((file[id]?.evidence as Record<string, string> | undefined) ?? {}).map((key) =>
        key.replace(/_(?:zero|one|two|few|many|other)$/, ''),
      );
      expect(
        written.filter((key) => !keys.includes(key)),
        `${language}: ${id} evidence no check declares`,
      ).toEqual([]);
      for (const key of keys) {
        const source = korean[id]?.evidence as Record<string, string> | undefined;
        const pattern = source?.[key] ?? source?.[`${key}_other`] ?? '';
        // The language's own file (t would fall back to another language); every placeholder the Korean uses filled.
        const values = Object.fromEntries([...pattern.matchAll(/{{(\w+)}}/g)].map((match) => [match[1]!, match[1] === 'count' ? 2 : 7]));
        const sentence = t(`rules:${id}.evidence.${key}`, values);
        if (!pattern || !written.includes(key) || sentence.includes('evidence.') || sentence.includes('{{') || !sentence.trim())
          lacking.push(`${id}.${key}`);
      }
    }
    expect(lacking, `${language}/rules.json lacks evidence sentences`).toEqual([]);
  });
});
