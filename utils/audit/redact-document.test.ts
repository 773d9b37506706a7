import { describe, expect, it } from 'vitest';
import { setFixture } from '@/tests/kits/audit-check';
import { personalValuesOf } from './redact-document';
import { maskKnown, redactSnippet } from './redact';

const at = (search = '') => ({ search });

describe('personal values found by their place in a document', () => {
  it('takes the cells under personal column headers and beside personal row headers, and a name’s words', () => {
    setFixture(
      'body',
      `<table><tr><th>세대주 성명(한자)</th><td>박순자 (朴順子)</td><th>세대 구성 사유</th><td>전입세대구성</td></tr>
       <tr><th>현주소</th><td colspan="3">부산광역시 해운대구 해운대로 570, 103동 1502호</td></tr></table>
       <table><tr><th>번호</th><th>세대주 관계</th><th>성명(한자)</th><th>영문 성명</th><th>생년월일</th></tr>
       <tr><td>1</td><td>본인</td><td>박순자 (朴順子)</td><td>PARK SOONJA</td><td>1945.08.23</td></tr>
       <tr><td>2</td><td>손자</td><td>박지민 (朴智旻)</td><td>PARK JIMIN</td><td>2001.03.02</td></tr></table>`,
    );
    const values = personalValuesOf(document, at());
    for (const value of [
      '박순자',
      '朴順子',
      '박지민',
      '朴智旻',
      'PARK SOONJA',
      'SOONJA',
      '1945.08.23',
      '부산광역시 해운대구 해운대로 570, 103동 1502호',
    ])
      expect(values, value).toContain(value);
    // What is not personal stays: the relation, the row number, the household reason, the labels.
    for (const kept of ['본인', '손자', '1', '전입세대구성', '성명(한자)']) expect(values).not.toContain(kept);
  });

  it('takes dd after dt, the element after a label, and the text beside a bold label', () => {
    setFixture(
      'body',
      `<dl><dt>생년월일</dt><dd>1978년 11월 4일</dd><dt>연락처</dt><dd>010-7294-3318</dd><dt>발급 기관</dt><dd>종로구청</dd></dl>
       <p><b>성명</b> 이정훈</p><div><span class="label">이메일</span><span>jh_lee@naver.com</span></div>`,
    );
    const values = personalValuesOf(document, at());
    for (const value of ['1978년 11월 4일', '010-7294-3318', '이정훈', 'jh_lee@naver.com']) expect(values).toContain(value);
    expect(values).not.toContain('종로구청');
  });

  it('takes every form field’s value, a personal select’s choice and personal URL parameters', () => {
    setFixture(
      'body',
      `<input name="applicant" value="박순자"><input type="hidden" name="rrn" value="450823-2143517">
       <input type="hidden" name="lang" value="ko"><textarea name="memo">허리 수술 후 재활 중</textarea>
       <select name="birth-year"><option>1944</option><option selected>1945</option></select>
       <input type="checkbox" name="agree" value="Y" checked>`,
    );
    const values = personalValuesOf(document, at('?name=%EB%B0%95%EC%88%9C%EC%9E%90&page=2'));
    for (const value of ['박순자', '450823-2143517', '허리 수술 후 재활 중', '1945']) expect(values).toContain(value);
    // Short codes would mask half the page: left to the patterns.
    expect(values).not.toContain('ko');
    expect(values).not.toContain('Y');
    expect(values).not.toContain('2');
  });

  it('masks a name everywhere on the page once its place told it: titles, alts, data attributes', () => {
    setFixture('body', `<table><tr><th>성명</th><td>박순자</td></tr></table>`);
    const known = personalValuesOf(document, at());
    const snippet = '<img alt="박순자 증명사진" title="박순자님의 등본" data-owner="박순자">';
    expect(maskKnown(redactSnippet(snippet), known)).not.toContain('박순자');
  });
});
