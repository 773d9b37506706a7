import { describe, expect, it } from 'vitest';
import { rangeForText, readableBlocks } from './text-blocks';
import { setBody } from '@/tests/kits/dom';

describe('readableBlocks', () => {
  it('reads the main content in order, skipping navigation and hidden parts', () => {
    setBody(`
      <nav><p>메뉴</p></nav>
      <main><h1>등본 발급</h1><p>안내 <b>문장</b>입니다.</p><ul><li>첫째</li><li hidden>숨김</li></ul><p> </p></main>
      <footer><p>주소</p></footer>`);
    expect(readableBlocks(document).map((block) => block.text)).toEqual(['등본 발급', '안내 문장입니다.', '첫째']);
  });
});

describe('rangeForText', () => {
  it('spans text across inline elements', () => {
    setBody('<p id="p">안내 <b>문장</b>입니다. 다음</p>');
    const paragraph = document.getElementById('p')!;
    expect(rangeForText(paragraph, 3, 9)!.toString()).toBe('문장입니다.');
    expect(rangeForText(paragraph, 0, 2)!.toString()).toBe('안내');
    expect(rangeForText(paragraph, 5, 99)).toBeNull();
  });
});
