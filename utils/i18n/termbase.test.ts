import { describe, expect, it } from 'vitest';
import { lintLocales, type LocaleInput } from './lint';
import { locationOf } from './problem';
import { lintTerms, renderingOf, termsIn, type Termbase } from './termbase';

const termbase: Termbase = {
  terms: [
    { id: 'deungbon', term: '등본', variants: ['주민등록표 등본'] },
    { id: 'chobon', term: '초본', variants: [] },
    { id: 'gov24', term: '정부24', variants: [] },
  ],
  file: {
    namespace: 'glossary',
    checked: ['guides'],
    forms: { ru: { deungbon: ['из домовой книги'] } },
    ignore: { 'guides:copies': ['deungbon'] },
  },
};
const where = (language: string, key = 'title') => ({ language, namespace: 'guides', key });
const warn = (language: string, korean: string, translation: string, glossary: Record<string, string>, key?: string) =>
  lintTerms(korean, translation, where(language, key), termbase, glossary).map(
    (item) => `${item.code} ${item.params.term} ${item.params.rendering}`,
  );

describe('the termbase check', () => {
  it('takes a rendering from the glossary term, without its bracketed explanation', () => {
    expect(renderingOf('bản sao hộ khẩu (cả hộ, như sổ hộ khẩu ở Việt Nam)')).toBe('bản sao hộ khẩu');
    expect(renderingOf('居民登记副本（全户）')).toBe('居民登记副本');
  });

  it('finds the terms a Korean string uses, longest form first, but not inside a 「」 label', () => {
    expect(termsIn('주민등록표 등본을 떼세요', termbase)).toEqual(['deungbon']);
    expect(termsIn('「초본 발급」을 누르세요', termbase)).toEqual([]);
  });

  it('warns when a string renders a term differently from the glossary, naming the glossary entry', () => {
    const glossary = { 'deungbon.term': 'bản sao hộ khẩu (cả hộ)' };
    expect(warn('vi', '등본 떼기', 'Cấp bản sao hộ khẩu (등본)', glossary)).toEqual([]);
    expect(warn('vi', '등본 떼기', 'Cấp bản sao đăng ký cư trú (등본)', glossary)).toEqual(['term-mismatch 등본 bản sao hộ khẩu']);
    const [problem] = lintTerms('등본 떼기', 'Cấp bản sao đăng ký cư trú', where('vi'), termbase, glossary);
    expect(`${locationOf(problem!)}: ${problem!.message}`).toBe(
      'vi/guides.json › title: title: the glossary renders 등본 as “bản sao hộ khẩu” (vi/glossary.json › deungbon.term); use it here too, or list this form in locales/termbase.json',
    );
  });

  it('accepts the inflected forms listed for a language, letter case, digit scripts and Arabic vowel marks', () => {
    expect(
      warn('ru', '등본 떼기', 'Получить выписку из домовой книги', { 'deungbon.term': 'выписка из домовой книги (вся семья)' }),
    ).toEqual([]);
    expect(warn('en', '등본 떼기', 'Resident register copy', { 'deungbon.term': 'resident register copy' })).toEqual([]);
    expect(warn('ne', '정부24에서', 'सरकार 24 मा', { 'gov24.term': 'सरकार २४' })).toEqual([]);
    expect(warn('ar', '등본', 'ربّ نسخة', { 'deungbon.term': 'رب نسخة' })).toEqual([]);
  });

  it('skips strings listed as not using the term, and namespaces it does not check', () => {
    expect(warn('vi', '등본 부수', 'Số bản', { 'deungbon.term': 'bản sao hộ khẩu' }, 'copies')).toEqual([]);
    expect(lintTerms('등본', 'x', { language: 'vi', namespace: 'report', key: 'k' }, termbase, { 'deungbon.term': 'y' })).toEqual([]);
  });

  it('reports a term missing from a language’s glossary as a warning, not an error', () => {
    const input: LocaleInput = {
      source: 'ko',
      languages: [
        { code: 'ko', status: 'source' },
        { code: 'vi', status: 'draft' },
      ],
      namespaces: ['glossary'],
      files: {
        ko: { glossary: JSON.stringify({ deungbon: { term: '등본', plain: '서류' } }) },
        vi: { glossary: JSON.stringify({ deungbon: { plain: 'Giấy' } }) },
      },
      context: { termbase },
    };
    expect(lintLocales(input).problems.map((item) => `${item.severity} ${item.code} ${locationOf(item)}`)).toEqual([
      'warning term-missing vi/glossary.json › deungbon.term',
    ]);
  });
});
