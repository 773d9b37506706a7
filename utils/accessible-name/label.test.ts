import { describe, expect, it } from 'vitest';
import { setBody } from '@/tests/kits/dom';
import { fieldLabel, nameOf, shortName, visibleLabel } from './label';

const byId = (id: string) => document.getElementById(id)!;

describe('fieldLabel: how Korean government forms label a field', () => {
  it('takes the accessible name first, tidied of required marks and colons', () => {
    setBody('<label for="t"><span class="req">*</span> 성명 (필수) :</label><input id="t">');
    expect(fieldLabel(byId('t'))).toBe('성명');
  });

  it('reads the row header cell when the field has no name', () => {
    setBody('<table><tr><th>* 생년월일</th><td><input id="t" placeholder="YYYYMMDD"></td></tr></table>');
    expect(fieldLabel(byId('t'))).toBe('생년월일');
  });

  it('prefers a box’s own placeholder over a row header shared by several boxes', () => {
    setBody('<table><tr><th>주소</th><td><input id="a" placeholder="시/도"><input id="b" placeholder="상세 주소"></td></tr></table>');
    expect(fieldLabel(byId('a'))).toBe('시/도');
    expect(fieldLabel(byId('b'))).toBe('상세 주소');
  });

  it('uses the title before the table, and the placeholder only as a last resort', () => {
    setBody(
      '<table><tr><th>전화</th><td><input id="t" title="휴대전화 가운데 자리"></td></tr></table><input id="p" placeholder="이름 입력">',
    );
    expect(fieldLabel(byId('t'))).toBe('휴대전화 가운데 자리');
    expect(fieldLabel(byId('p'))).toBe('이름 입력');
  });

  it('falls back to the legend of the field’s group', () => {
    setBody('<fieldset><legend>성별</legend><select id="t"><option>남</option></select></fieldset>');
    expect(fieldLabel(byId('t'))).toBe('성별');
  });

  it('never takes what was typed into a field inside the label', () => {
    setBody('<label>주소 <input id="t"> <input id="other"></label>');
    (byId('other') as HTMLInputElement).value = '서울특별시 종로구';
    expect(fieldLabel(byId('t'))).toBe('주소');
  });
});

describe('visibleLabel', () => {
  it('reads the words in the next cell for a check box alone in its cell', () => {
    setBody('<table><tr><td><input type="checkbox" id="t"></td><td>개인정보 수집에 동의합니다</td></tr></table>');
    expect(visibleLabel(byId('t'))).toBe('개인정보 수집에 동의합니다');
  });

  it('ignores attributes people do not see', () => {
    setBody('<input id="t" aria-label="숨은 이름" title="도움말">');
    expect(visibleLabel(byId('t'))).toBe('');
  });
});

describe('nameOf and shortName', () => {
  it('calls a clickable span by its text, a field without a name by its placeholder', () => {
    setBody(
      '<span class="btn" id="s" onclick="go()">주소 검색</span><input id="f" placeholder="도로명 입력"><button id="b" aria-label="닫기">X</button>',
    );
    expect(nameOf(byId('s'))).toBe('주소 검색');
    expect(nameOf(byId('f'))).toBe('도로명 입력');
    expect(nameOf(byId('b'))).toBe('닫기');
  });

  it('shortens to a line with an ellipsis', () => {
    expect(shortName('  가나다  라마 ', 80)).toBe('가나다 라마');
    expect(shortName('가'.repeat(100), 10)).toBe(`${'가'.repeat(9)}…`);
  });
});
