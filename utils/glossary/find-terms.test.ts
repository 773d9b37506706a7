import { afterEach, describe, expect, it } from 'vitest';
import { createTermMatcher, findTerms, firstOccurrences, GLOSSARY_TERMS, type GlossaryTerm } from './find-terms';
import ko from '@/locales/ko/glossary.json';

function parse(html: string): Node[] {
  return Array.from(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes);
}

function page(html: string): HTMLElement {
  const main = document.createElement('main');
  main.append(...parse(html));
  document.body.append(main);
  return main;
}

const immediately = () => Promise.resolve();

afterEach(() => document.body.replaceChildren());

describe('the glossary data', () => {
  it('has at least 80 terms with unique ids and forms, each explained in Korean', () => {
    expect(GLOSSARY_TERMS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(GLOSSARY_TERMS.map((term) => term.id)).size).toBe(GLOSSARY_TERMS.length);
    const forms = GLOSSARY_TERMS.flatMap((term) => [term.term, ...term.variants]);
    expect(new Set(forms).size).toBe(forms.length);
    const explained = ko as Record<string, { term: string; plain: string }>;
    for (const term of GLOSSARY_TERMS) {
      expect(explained[term.id]?.plain, term.id).toBeTruthy();
      expect([...explained[term.id]!.plain].length, term.id).toBeLessThanOrEqual(60);
    }
  });
});

describe('createTermMatcher', () => {
  const match = createTermMatcher();

  it('finds terms followed by particles', () => {
    expect(match('등본을 발급받으려면 수수료를 내세요.').map((found) => found.id)).toEqual(['deungbon', 'balgeup', 'susuryo']);
  });

  it('takes the longest form first', () => {
    expect(match('주민등록표 등본 발급')).toEqual([
      { id: 'deungbon', text: '주민등록표 등본', start: 0, end: 8 },
      { id: 'balgeup', text: '발급', start: 9, end: 11 },
    ]);
    expect(match('주민등록번호를 쓰세요').map((found) => found.id)).toEqual(['juminNumber']);
    expect(match('전입세대열람 신청').map((found) => found.id)).toEqual(['residentListView']);
  });

  it('does not match inside another word', () => {
    expect(match('기본적으로 열어 두세요')).toEqual([]);
    expect(match('복사본')).toEqual([]);
  });

  it('matches after spaces, punctuation and brackets', () => {
    expect(match('「등본」(초본)').map((found) => found.id)).toEqual(['deungbon', 'chobon']);
  });

  it('works with any term list', () => {
    const terms: GlossaryTerm[] = [{ id: 'x', term: '가나', variants: ['가나다'] }];
    expect(createTermMatcher(terms)('가나다 가나')).toEqual([
      { id: 'x', text: '가나다', start: 0, end: 3 },
      { id: 'x', text: '가나', start: 4, end: 6 },
    ]);
  });
});

describe('findTerms', () => {
  it('returns text node positions in page order, skipping scripts, fields, hidden parts and our host', async () => {
    const main = page(
      '<h1>주민등록표 등본 발급</h1><script>var 초본 = 1</script><p hidden>세대주</p><textarea>위임장</textarea><p aria-hidden="true">대리인</p><p>수수료: 무료</p><div id="ours">열람</div>',
    );
    const result = await findTerms(main, { skip: main.querySelector('#ours'), yieldToPage: immediately });
    expect(result.truncated).toBe(false);
    expect(result.matches.map((found) => [found.id, found.text])).toEqual([
      ['deungbon', '주민등록표 등본'],
      ['balgeup', '발급'],
      ['susuryo', '수수료'],
    ]);
    const first = result.matches[0]!;
    expect(first.node.nodeValue!.slice(first.start, first.end)).toBe('주민등록표 등본');
  });

  it('looks inside open shadow roots', async () => {
    const main = page('<div id="widget"></div>');
    main
      .querySelector('#widget')!
      .attachShadow({ mode: 'open' })
      .append(...parse('<p>전입신고 하기</p>'));
    const result = await findTerms(main, { yieldToPage: immediately });
    expect(result.matches.map((found) => found.id)).toEqual(['jeonipSingo']);
  });

  it('never changes the page', async () => {
    const main = page('<p>등본 <b>초본</b> 발급</p>');
    const before = main.outerHTML;
    await findTerms(main, { yieldToPage: immediately });
    expect(main.outerHTML).toBe(before);
  });

  it('stops after the node cap on a huge page and says so', async () => {
    const main = page('');
    for (let index = 0; index < 3000; index += 1) {
      const p = document.createElement('p');
      p.textContent = `${index}번째 줄: 등본`;
      main.append(p);
    }
    const result = await findTerms(main, { maxNodes: 100, yieldToPage: immediately });
    expect(result.truncated).toBe(true);
    expect(result.matches.length).toBeLessThanOrEqual(100);
  });

  it('hands control back between slices and stops at the work budget', async () => {
    const main = page('');
    for (let index = 0; index < 50; index += 1) main.append(Object.assign(document.createElement('p'), { textContent: '초본' }));
    let clock = 0;
    let yields = 0;
    const result = await findTerms(main, {
      now: () => (clock += 1),
      sliceMs: 5,
      maxWorkMs: 30,
      yieldToPage: async () => {
        yields += 1;
      },
    });
    expect(yields).toBeGreaterThan(0);
    expect(result.truncated).toBe(true);
    expect(result.matches.length).toBeLessThan(50);
  });

  it('lists each term once, at its first occurrence', async () => {
    const main = page('<p>등본</p><p>초본</p><p>주민등록등본</p>');
    const { matches } = await findTerms(main, { yieldToPage: immediately });
    expect(firstOccurrences(matches).map((found) => [found.id, found.text])).toEqual([
      ['deungbon', '등본'],
      ['chobon', '초본'],
    ]);
  });
});
