import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { computeAccessibleName } from 'dom-accessibility-api';
import { describe, expect, it } from 'vitest';
import { setBody } from '@/tests/kits/dom';
import { accessibleDescription, accessibleName, textAlternative } from './name';

/** Names compared without white space: the reference reads happy-dom's empty `display` as block. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
const reference = (element: Element) => squeeze(computeAccessibleName(element));

/** Markup of the accname cases that matter on government pages, each with the name we expect. */
const CASES: [string, string][] = [
  ['<button id="t">신청하기</button>', '신청하기'],
  ['<button id="t" aria-label="검색 실행"><img src="s.png" alt="돋보기"></button>', '검색 실행'],
  ['<span id="a">주민등록</span><span id="b">등본</span><a id="t" href="#" aria-labelledby="a b">x</a>', '주민등록 등본'],
  ['<a id="t" href="#"><img src="i.png" alt="정부24"> 홈</a>', '정부24 홈'],
  ['<a id="t" href="#" title="새 창"><img src="i.png"></a>', '새 창'],
  ['<label for="t">성명</label><input id="t">', '성명'],
  ['<label>생년월일 <input id="t"></label>', '생년월일'],
  ['<input id="t" aria-label="휴대전화" title="숫자만">', '휴대전화'],
  ['<input id="t" title="우편번호" placeholder="12345">', '우편번호'],
  ['<input id="t" type="submit" value="조회">', '조회'],
  ['<input id="t" type="image" src="b.png" alt="다음 단계">', '다음 단계'],
  ['<img id="t" src="p.png" alt="">', ''],
  ['<h2 id="t">신청 <span hidden>숨김</span>내용</h2>', '신청 내용'],
  ['<h2 id="t">신청 <span aria-hidden="true">*</span>내용</h2>', '신청 내용'],
  ['<fieldset id="t"><legend>주소</legend><input></fieldset>', '주소'],
  ['<table id="t"><caption>수수료</caption><tr><td>1</td></tr></table>', '수수료'],
  ['<div id="t" role="button">다음</div>', '다음'],
  ['<div id="t">본문 글</div>', ''],
  ['<nav id="t" aria-label="현재 위치"><a href="#">홈</a></nav>', '현재 위치'],
  ['<span id="l" hidden>숨은 이름</span><button id="t" aria-labelledby="l">x</button>', '숨은 이름'],
  ['<label for="t">동의 <button>자세히</button></label><input id="t" type="checkbox">', '동의 자세히'],
  ['<a id="t" href="#"><svg><title>닫기</title></svg></a>', '닫기'],
  ['<select id="t" title="시/도"><option>서울</option></select>', '시/도'],
];

describe('accessibleName', () => {
  it.each(CASES)('%s → %s, as dom-accessibility-api computes it', (html, expected) => {
    setBody(html);
    const element = document.getElementById('t')!;
    expect(accessibleName(element)).toBe(expected);
    expect(squeeze(accessibleName(element))).toBe(reference(element));
  });

  it('agrees with dom-accessibility-api on every control, link, heading and image of the demo site', () => {
    const root = join(import.meta.dirname, '../../tests/fixtures/demo-site');
    const pages: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder)) {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (entry.endsWith('.html')) pages.push(path);
      }
    };
    walk(root);
    let compared = 0;
    const disagreements: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      setBody(html.replace(/<script[\s\S]*?<\/script>|<link[^>]*>/gi, ''));
      for (const element of document.body.querySelectorAll('a[href], button, input, select, textarea, h1, h2, h3, h4, img, [role]')) {
        // Where we differ on purpose (see name.ts): English default names of buttons.
        if (
          element.matches(
            'input[type="submit"]:not([value]), input[type="reset"]:not([value]), input[type="image"]:not([alt]):not([title])',
          )
        )
          continue;
        compared++;
        if (squeeze(accessibleName(element)) !== reference(element))
          disagreements.push(
            `${page.slice(root.length)} ${element.outerHTML.slice(0, 80)}: ${accessibleName(element)} ≠ ${computeAccessibleName(element)}`,
          );
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  });

  it('never puts what a person typed or chose into a name (where accname would)', () => {
    setBody(
      '<label for="t">매월 <input id="n" value="15"> 일에 <select id="s"><option>서울</option><option selected>부산</option></select> 에서</label><input id="t" type="checkbox">',
    );
    const box = document.getElementById('t')!;
    (document.getElementById('n') as HTMLInputElement).value = '28';
    expect(computeAccessibleName(box)).toContain('28');
    expect(accessibleName(box)).toBe('매월 일에 에서');
  });

  it('gives no English default to a button without a value', () => {
    setBody('<input id="t" type="submit">');
    expect(computeAccessibleName(document.getElementById('t')!)).toBe('Submit');
    expect(accessibleName(document.getElementById('t')!)).toBe('');
  });

  it('keeps inline parts of a word together and sets block parts apart', () => {
    setBody('<a id="t" href="#"><b>주민</b>등록<div>등본</div></a>');
    expect(accessibleName(document.getElementById('t')!)).toBe('주민등록 등본');
  });
});

describe('on hostile pages', () => {
  it('reads a name no deeper than 64 levels, so a page nesting thousands cannot overflow the stack', () => {
    setBody('<a id="t" href="#">신청 안내</a>');
    let parent: Element = document.getElementById('t')!;
    for (let level = 0; level < 1500; level++) parent = parent.appendChild(document.createElement(level % 2 ? 'span' : 'div'));
    parent.append('깊은 글');
    expect(accessibleName(document.getElementById('t')!)).toBe('신청 안내');
  });

  it('reads at most a thousand characters of content', () => {
    setBody(`<button id="t">${'<span>가나다라마바사아자차 </span>'.repeat(2000)}</button>`);
    expect(accessibleName(document.getElementById('t')!).length).toBeLessThan(1100);
  });
});

describe('textAlternative and accessibleDescription', () => {
  it('reads a list item or a label from its content, which a name alone would not', () => {
    setBody('<ol><li id="t">민원 <a href="#">신청</a></li></ol>');
    const item = document.getElementById('t')!;
    expect(accessibleName(item)).toBe('');
    expect(textAlternative(item)).toBe('민원 신청');
  });

  it('describes by aria-describedby, else by a title that is not the name', () => {
    setBody(
      '<p id="d">새 창에서 열립니다</p><a id="a" href="#" aria-describedby="d">안내</a><a id="b" href="#" title="새 창">안내</a><a id="c" href="#" title="안내"></a>',
    );
    expect(accessibleDescription(document.getElementById('a')!)).toBe('새 창에서 열립니다');
    expect(accessibleDescription(document.getElementById('b')!)).toBe('새 창');
    expect(accessibleDescription(document.getElementById('c')!)).toBe('');
  });
});
