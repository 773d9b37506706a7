import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setBody } from '@/tests/kits/dom';
import { extractReadable, READABILITY_MAX_ELEMENTS } from './extract';
import type { Block, Inline } from './blocks';
import type { SliceClock } from './slices';

/** Counts the slices the work was cut into, without waiting between them. */
function countingClock(): SliceClock & { yields: number } {
  const clock = { yields: 0, due: () => true, yield: async () => void (clock.yields += 1) };
  return clock;
}

function loadPage(file: string) {
  const html = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/phone', file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.title = parsed.title;
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}

const text = (blocks: Block[]) =>
  blocks
    .map((block) => {
      const inline = (parts: Inline[]) => parts.map((part) => (part.kind === 'text' ? part.text : `「${part.label}」`)).join('');
      if (block.kind === 'heading') return `#${block.level} ${block.text}`;
      if (block.kind === 'paragraph') return inline(block.inlines);
      if (block.kind === 'list') return block.items.map(inline).join(' | ');
      return block.rows.map((row) => row.map((cell) => cell.text).join(',')).join(' / ');
    })
    .join('\n');

describe('extractReadable', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('finds the notice on a 2010-era page with Readability, tables and buttons kept, and leads back to the page’s elements', async () => {
    loadPage('notice-2010.html');
    const before = document.body.outerHTML;
    const content = (await extractReadable(document, { clock: countingClock() }))!;
    expect(content.source).toBe('readability');
    expect(content.language).toBe('ko');
    expect(content.title).toContain('주민등록표 등·초본 발급 안내');
    const all = text(content.blocks);
    expect(all).toContain('1. 발급 수수료');
    expect(all).toContain('행정복지센터 방문,400원,400원');
    expect(all).toContain('우편요금 1,520원은 신청인이 부담합니다.');
    expect(all).not.toContain('구정소개');
    const actions = content.blocks
      .flatMap((block) => (block.kind === 'paragraph' ? block.inlines : []))
      .filter((part) => part.kind === 'action');
    const go = actions.find((part) => part.label === '정부24에서 발급하기')!;
    expect(go.role).toBe('link');
    expect(go.target).toBe(document.getElementById('go-gov24'));
    const contact = actions.find((part) => part.label === '담당자 연락처 보기')!;
    expect(contact.role).toBe('button');
    expect(contact.target).toBe(document.querySelector('#article button'));
    expect(document.body.outerHTML).toBe(before);
  });

  it('takes only text from hostile markup', async () => {
    setBody(
      '<main><h1>공지</h1><p>수수료는 <img src="x" onerror="window.hacked=1">400원<script>window.hacked=2</script>입니다. 방문하시면 바로 받을 수 있고 인터넷으로는 무료로 받을 수 있습니다. 자세한 사항은 민원실로 문의하시기 바랍니다.</p>' +
        '<p><a href="javascript:window.hacked=3">여기</a>를 누르세요 <iframe srcdoc="<p>frame</p>"></iframe><style>p{}</style></p>' +
        '<p hidden>숨긴 글</p></main>',
    );
    const content = (await extractReadable(document, { clock: countingClock() }))!;
    const all = text(content.blocks);
    expect(all).toContain('수수료는 400원입니다.');
    expect(all).toContain('「여기」를 누르세요');
    expect(all).not.toMatch(/window\.hacked|frame|숨긴|p\{\}/);
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('returns nothing for a page with no text to read', async () => {
    setBody('<nav><a href="/">홈</a></nav><div><img src="a.png" alt=""></div>');
    expect(await extractReadable(document, { clock: countingClock() })).toBeNull();
  });

  it('reads a very large page in slices from its largest region, and says it was cut', async () => {
    const rows = Array.from(
      { length: 700 },
      (_, index) => `<tr><td>${index}</td><td><a href="/n/${index}">${index}번 공지</a></td><td>민원과</td></tr>`,
    );
    const cards = Array.from(
      { length: 300 },
      (_, index) => `<article><h2>서비스 ${index}</h2><p>온라인으로 신청하세요.</p><a href="/s/${index}">신청하기</a></article>`,
    );
    setBody(`<header><h1>공지사항</h1></header><main><table>${rows.join('')}</table>${cards.join('')}</main>`);
    expect(document.getElementsByTagName('*').length).toBeGreaterThan(READABILITY_MAX_ELEMENTS);
    const clock = countingClock();
    const content = (await extractReadable(document, { clock, limits: { maxBlocks: 50 } }))!;
    expect(content.source).toBe('region');
    expect(content.truncated).toBe(true);
    expect(content.blocks.length).toBeLessThanOrEqual(50);
    expect(content.blocks[0]).toMatchObject({ kind: 'table' });
    expect(clock.yields).toBeGreaterThan(10);
  });

  it('cuts a 5 MB text node to the limit', async () => {
    const huge = '가'.repeat(5 * 1024 * 1024);
    const paragraph = document.createElement('p');
    paragraph.textContent = huge;
    document.body.append(paragraph);
    const content = (await extractReadable(document, { clock: countingClock(), limits: { maxChars: 10_000 } }))!;
    expect(content.truncated).toBe(true);
    expect(text(content.blocks).replace(/\n/g, '').length).toBeLessThanOrEqual(10_000);
    // In paragraphs of a bounded size, so drawing one stays a short task.
    expect(content.blocks.length).toBeGreaterThan(5);
  });
});
