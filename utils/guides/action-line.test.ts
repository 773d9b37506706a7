import { describe, expect, it } from 'vitest';
import { actionLine, repeatedAtSeam } from './action-line';
import { findRepeatedActionWords, loadGuideStrings } from '@/tests/tools/guide-action-words';
import { buildRegistry } from './registry';

describe('actionLine', () => {
  it('keeps the Korean tag apart: the verb comes last there', () => {
    expect(actionLine('누르기', '「발급하기」 버튼을 누르세요.', 'ko')).toEqual({
      tag: '누르기',
      rest: ' 「발급하기」 버튼을 누르세요.',
      merged: false,
    });
  });

  it('says a leading verb once: it becomes the tag', () => {
    const line = actionLine('Nhấn', 'Nhấn mục 「발급」.', 'vi');
    expect(line).toEqual({ tag: 'Nhấn', rest: ' mục 「발급」.', merged: true });
    expect(repeatedAtSeam(line, 'vi')).toBeNull();
    expect(actionLine('Press', 'press the menu', 'en').tag).toBe('press');
  });

  it('does not cut a longer word that merely starts like the tag', () => {
    expect(actionLine('Type', 'Typed names…', 'en').merged).toBe(false);
    // Thai writes no spaces between words: the tag's word at the start is enough.
    expect(actionLine('กด', 'กดเมนู 「발급」', 'th')).toMatchObject({ tag: 'กด', rest: 'เมนู 「발급」', merged: true });
  });

  it('finds a word said twice where the tag meets the text', () => {
    expect(repeatedAtSeam(actionLine('Xem điện thoại', 'Xem tin nhắn.', 'vi'), 'vi')).toBe('xem');
    expect(repeatedAtSeam({ tag: 'กด', rest: 'กดเมนู', merged: false }, 'th')).toBe('กด');
    expect(repeatedAtSeam(actionLine('Chọn', 'Chọn thành phố.', 'vi'), 'vi')).toBeNull();
  });
});

describe('guides:check — action words in every language', () => {
  it('no shipped guide repeats its action word after the tag, in any language', () => {
    expect(findRepeatedActionWords(buildRegistry().guides, loadGuideStrings())).toEqual([]);
  });

  it('reports a translation that would repeat it', () => {
    const guide = buildRegistry().guides.find((candidate) => candidate.id === 'resident-copy')!;
    const strings = { vi: { actions: { click: 'Bấm vào' }, 'resident-copy': { steps: { open: { text: 'Bấm mục 「{{label}}」.' } } } } };
    const found = findRepeatedActionWords([guide], strings);
    expect(found).toEqual([
      { language: 'vi', guide: 'resident-copy', step: 'open', word: 'bấm', line: '[Bấm vào] Bấm mục 「주민등록표 등본(초본) 발급」.' },
    ]);
  });
});
