import { describe, expect, it } from 'vitest';
import orthographyFile from '@/locales/orthography.json';
import { fixOrthography, lintOrthography, type OrthographyFile } from './orthography';
import { locationOf } from './problem';

const file = orthographyFile as OrthographyFile;
const lint = (language: string, text: string) =>
  lintOrthography(text, { language, namespace: 'overlay', key: 'k' }, file).map(
    (item) => `${item.severity} ${item.code} ${item.params.found}`,
  );

describe('orthography lint (locales/orthography.json)', () => {
  it('Uzbek: oʻ and gʻ with ʻ (U+02BB), the tutuq belgisi with ʼ (U+02BC); a quotation mark is an error the fixer mends', () => {
    expect(lint('uz', 'Koʻrish, yoʻq, maʼlumot')).toEqual([]);
    expect(lint('uz', 'Ko‘rish')).toEqual(['error orthography ‘']);
    expect(lint('uz', "ma'lumot")).toEqual(["error orthography '"]);
    expect(fixOrthography("Yo‘riqnoma, qo'ng'iroq, ma’lumot", 'uz', file)).toBe('Yoʻriqnoma, qoʻngʻiroq, maʼlumot');
  });

  it('Thai and Khmer: no Latin full stop at the end of a sentence, abbreviations keep theirs', () => {
    expect(lint('th', 'เปิดแล้ว.')).toEqual(['error orthography .']);
    expect(lint('th', 'ตัวเลข 8 หลัก (5 มี.ค. 1950)')).toEqual([]);
    expect(lint('km', 'បានបើក.')).toEqual(['error orthography .']);
    expect(lint('km', 'ជាលេខ (ឧ. 2026-03-05)។')).toEqual([]);
    expect(fixOrthography('បានបើក.', 'km', file)).toBe('បានបើក។');
  });

  it('doubled spaces and spaces at the edges, in every language including the Korean source', () => {
    expect(lint('ko', '닫기  버튼')).toEqual(['error double-space ␣␣']);
    expect(lint('en', ' Close')).toEqual(['error edge-space ␣']);
    expect(fixOrthography('Close  it ', 'en', file)).toBe('Close it');
  });

  it('a character of a script the language does not use, and a word mixing look-alike letters', () => {
    expect(lint('vi', 'Đóng пanel')).toEqual(['error stray-script п', 'error mixed-script пanel']);
    expect(lint('ru', 'Закрыть Dotbogi 「닫기」')).toEqual([]);
    expect(lint('th', 'ปิด 关')).toEqual(['error stray-script 关']);
  });

  it('forms of address for older readers are warnings, naming file and key', () => {
    const [problem] = lintOrthography('你好', { language: 'zh-CN', namespace: 'overlay', key: 'welcome.title' }, file);
    expect(problem).toMatchObject({ severity: 'warning', code: 'orthography', params: { found: '你', use: '您' } });
    expect(locationOf(problem!)).toBe('zh-CN/overlay.json › welcome.title');
    expect(problem!.message).toBe('welcome.title: address older readers with 您, as in the guides — write 您 instead of 你');
    expect(lint('vi', 'Quý vị bấm nút')).toEqual([]);
    expect(lint('vi', 'Bạn bấm nút')).toEqual(['warning orthography Bạn']);
  });
});
