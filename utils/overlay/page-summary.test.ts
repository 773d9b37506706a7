import { describe, expect, it } from 'vitest';
import { summarizePage } from './page-summary';
import { setBody } from '@/tests/kits/dom';

const visible = (element: Element) => !element.closest('[hidden], [aria-hidden="true"]');

function load(html: string, title = '주민등록표 등본 발급 | 정부24') {
  document.title = title;
  setBody(html);
  return summarizePage(document, { isVisible: visible });
}

const SERVICE_PAGE = `
  <header><nav aria-label="주 메뉴"><a href="/">홈</a><a href="/login">로그인</a><button>전체 메뉴</button></nav></header>
  <nav aria-label="현재 위치"><ol><li><a href="/">홈</a></li><li><a href="/svc">민원서비스</a></li><li aria-current="page">주민등록표 등본</li></ol></nav>
  <main>
    <h1>주민등록표 등본 발급</h1>
    <h2>신청 방법</h2>
    <p>자세한 내용은 <a href="/faq">자주 묻는 질문</a>을 보세요.</p>
    <h2>수수료</h2>
    <section><h3>신청서 작성</h3>
      <form>
        <label>이름 <input name="name" required></label>
        <label>주소 <input name="addr" aria-required="true"></label>
        <label>받는 방법 <select name="how"><option>온라인</option></select></label>
        <input type="hidden" name="token">
        <button type="submit">신청하기</button>
      </form>
    </section>
    <a class="btn btn-primary" href="/issue">발급하기</a>
    <button type="button">인쇄</button>
    <button type="button" hidden>숨은 단추</button>
    <button type="button" disabled>안 되는 단추</button>
  </main>
  <footer><a href="/privacy">개인정보처리방침</a></footer>`;

describe('summarizePage', () => {
  it('says what the page is and where the user is', () => {
    const summary = load(SERVICE_PAGE);
    expect(summary.title).toBe('주민등록표 등본 발급 | 정부24');
    expect(summary.breadcrumb).toEqual(['홈', '민원서비스', '주민등록표 등본']);
  });

  it('lists the main headings from the main content only', () => {
    const summary = load(SERVICE_PAGE);
    expect(summary.headings.map((item) => item.text)).toEqual(['주민등록표 등본 발급', '신청 방법', '수수료', '신청서 작성']);
  });

  it('ranks primary and task actions first and leaves out navigation, hidden and disabled controls', () => {
    const summary = load(SERVICE_PAGE);
    const texts = summary.actions.map((item) => item.text);
    expect(texts.slice(0, 2).sort()).toEqual(['발급하기', '신청하기']);
    expect(texts).toContain('인쇄');
    expect(texts).not.toContain('전체 메뉴');
    expect(texts).not.toContain('개인정보처리방침');
    expect(texts).not.toContain('숨은 단추');
    expect(texts).not.toContain('안 되는 단추');
    expect(texts).not.toContain('자주 묻는 질문'); // a link in running text is reading, not the page's task
  });

  it('counts form fields and required fields, without hidden inputs or buttons', () => {
    const [form] = load(SERVICE_PAGE).forms;
    expect(form).toMatchObject({ text: '신청서 작성', fieldCount: 3, requiredCount: 2, hasPassword: false });
    expect(form!.element.tagName).toBe('FORM');
  });

  it('notices a password field (a login form)', () => {
    const summary = load(
      '<main><form aria-label="로그인"><input name="id"><input type="password" name="pw"><button>로그인</button></form></main>',
    );
    expect(summary.forms[0]).toMatchObject({ text: '로그인', fieldCount: 2, hasPassword: true });
  });

  it('names buttons by aria-label, image alt or input value', () => {
    const summary = load(`<main>
      <button aria-label="검색하기"><svg></svg></button>
      <a href="/x"><img src="a.png" alt="발급 신청"></a>
      <input type="submit" value="조회">
    </main>`);
    expect(summary.actions.map((item) => item.text).sort()).toEqual(['검색하기', '발급 신청', '조회']);
  });

  it('falls back to the first heading and the body when the page has no title or main', () => {
    const summary = load('<h1>공지사항</h1><button>더 보기</button>', '');
    expect(summary.title).toBe('공지사항');
    expect(summary.breadcrumb).toEqual([]);
    expect(summary.actions.map((item) => item.text)).toEqual(['더 보기']);
  });

  it('never changes the page', () => {
    setBody(SERVICE_PAGE);
    const before = document.documentElement.outerHTML;
    summarizePage(document, { isVisible: visible });
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
