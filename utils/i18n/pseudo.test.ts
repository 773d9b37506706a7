import { describe, expect, it } from 'vitest';
import { pseudoLocalize, pseudoLocalizeTree, PSEUDO_LOCALE } from './pseudo';
import { loadResources } from './load';
import { createI18n } from './create';

describe('the pseudo-locale', () => {
  it('accents letters, brackets the string and makes it about 35 % longer', () => {
    const out = pseudoLocalize('Close the panel');
    expect(out.startsWith('[Çļöšé')).toBe(true);
    expect(out.endsWith(']')).toBe(true);
    expect(out.length).toBeGreaterThanOrEqual(Math.ceil('Close the panel'.length * 1.35));
  });

  it('keeps placeholders intact so interpolation still works', () => {
    expect(pseudoLocalize('You are on: {{title}}')).toContain('{{title}}');
    const i18n = createI18n(PSEUDO_LOCALE, { [PSEUDO_LOCALE]: { common: pseudoLocalizeTree({ page: 'You are on: {{title}}' }) } });
    expect(i18n.t('page', { title: 'Gov24' })).toContain('Gov24');
  });

  it('is generated from English at load time, for every namespace asked', async () => {
    const resources = await loadResources(PSEUDO_LOCALE, ['common']);
    expect((resources[PSEUDO_LOCALE]!.common as Record<string, string>).close).toMatch(/^\[Çļöšé/);
    expect(resources.ko).toBeDefined();
  });
});
