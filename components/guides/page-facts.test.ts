import { describe, expect, it } from 'vitest';
import { setBody } from '@/tests/kits/dom';
import { onScreenLabel, pageName, pagePath, reviewBlock } from './page-facts';

describe('what the guide reads off the page', () => {
  it('labels a matched link with its own words when they differ from the guide’s', () => {
    setBody(
      '<nav><a id="lnb" href="apply.html">주민등록표 등본 발급</a></nav>' +
        '<a id="home" href="apply.html"><strong>주민등록표 등본(초본) 발급</strong>\n<span>세대원과 주소를 확인하는 서류</span></a>' +
        '<input id="name">',
    );
    const label = '주민등록표 등본(초본) 발급';
    expect(onScreenLabel(document.getElementById('lnb')!, label)).toBe('주민등록표 등본 발급');
    // A link that shows the guide's label (with more words after it) keeps it.
    expect(onScreenLabel(document.getElementById('home')!, label)).toBe(label);
    // A field shows no words of its own: the step's label stays.
    expect(onScreenLabel(document.getElementById('name')!, '신청인 이름')).toBe('신청인 이름');
  });

  it('names the page by its heading, not its shared <title>', () => {
    document.title = '정부24';
    setBody('<div class="lnb"><h2 style="font-size:13px">민원신청</h2></div><h3 style="font-size:18px">주민등록표 초본 발급</h3>');
    for (const heading of document.querySelectorAll('h2, h3'))
      heading.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 200, height: 30 });
    expect(pageName(document)).toBe('주민등록표 초본 발급');
  });

  it('keeps the query (what was typed) out of the page it remembers', () => {
    expect(pagePath(new URL('https://demo.gov.kr/before/resident-copy/confirm.html?name=%ED%99%8D'))).toBe(
      'https://demo.gov.kr/before/resident-copy/confirm.html',
    );
  });

  it('finds what a review step asks to check: the table of values before the target, not the fields', () => {
    setBody(
      '<h4>신청 내용 확인</h4><table id="values"><tr><th>용도</th><td>금융기관 제출</td></tr></table>' +
        '<form><h4>본인 확인</h4><table id="fields"><tr><th>성명</th><td><input id="again"></td></tr></table>' +
        '<button id="issue">발급하기</button></form>' +
        '<div id="doc"><table><tr><td>홍길동</td></tr></table></div><div><button id="print">인쇄</button></div>',
    );
    expect(reviewBlock(document.getElementById('again')!)?.id).toBe('values');
    expect(reviewBlock(document.getElementById('issue')!)?.id).toBe('values');
    expect(reviewBlock(document.getElementById('print')!)?.id).toBe('doc');
  });
});
