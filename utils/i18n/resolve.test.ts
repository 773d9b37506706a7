import { describe, expect, it } from 'vitest';
import { fallbackChain, resolveLanguage } from './resolve';
import { createI18n } from './create';
import { PSEUDO_LOCALE } from './pseudo';

describe('resolveLanguage', () => {
  it.each([
    [['zh-HK'], 'zh-TW'],
    [['zh-Hant'], 'zh-TW'],
    [['zh-MO'], 'zh-TW'],
    [['zh-TW'], 'zh-TW'],
    [['zh-SG'], 'zh-CN'],
    [['zh-Hans'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['fil-PH'], 'tl'],
    [['vi-VN'], 'vi'],
    [['en-GB'], 'en'],
    [['ar-EG'], 'ar'],
    [['fr-FR', 'ru-RU'], 'ru'],
    [['fr-FR'], 'ko'],
    [['not a tag!'], 'ko'],
  ])('%j → %s', (preferred, expected) => {
    expect(resolveLanguage(preferred)).toBe(expected);
  });

  it('honours the pseudo-locale only when asked for by its exact code', () => {
    expect(resolveLanguage([PSEUDO_LOCALE])).toBe(PSEUDO_LOCALE);
    expect(resolveLanguage(['en-US'])).toBe('en');
  });
});

describe('fallbackChain', () => {
  it('never lets Traditional Chinese fall back to Simplified, or the reverse', () => {
    expect(fallbackChain('zh-TW')).toEqual(['zh-TW', 'en', 'ko']);
    expect(fallbackChain('zh-CN')).toEqual(['zh-CN', 'en', 'ko']);
  });

  it('ends in Korean, the always-complete source', () => {
    expect(fallbackChain('en')).toEqual(['en', 'ko']);
    expect(fallbackChain('ko')).toEqual(['ko']);
  });

  it('makes i18next show English, not Simplified Chinese, for a key zh-TW lacks', () => {
    const i18n = createI18n('zh-TW', {
      'zh-TW': { common: {} },
      'zh-CN': { common: { close: '关闭' } },
      zh: { common: { close: '关闭' } },
      en: { common: { close: 'Close' } },
      ko: { common: { close: '닫기' } },
    });
    expect(i18n.t('close')).toBe('Close');
  });
});

describe('plurals by CLDR category', () => {
  const forms = {
    common: { files_one: '{{count}} файл', files_few: '{{count}} файла', files_many: '{{count}} файлов', files_other: '{{count}} файла' },
  };

  it('picks the Russian one/few/many forms', () => {
    const i18n = createI18n('ru', { ru: forms });
    expect([1, 3, 5, 21, 1.5].map((count) => i18n.t('files', { count }))).toEqual([
      '1 файл',
      '3 файла',
      '5 файлов',
      '21 файл',
      '1.5 файла',
    ]);
  });

  it('picks all six Arabic forms', () => {
    const i18n = createI18n('ar', {
      ar: { common: { n_zero: 'zero', n_one: 'one', n_two: 'two', n_few: 'few', n_many: 'many', n_other: 'other' } },
    });
    expect([0, 1, 2, 3, 11, 100].map((count) => i18n.t('n', { count }))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('uses the single "other" form in Korean', () => {
    const i18n = createI18n('ko', { ko: { common: { n_other: '{{count}}개' } } });
    expect(i18n.t('n', { count: 1 })).toBe('1개');
  });
});
