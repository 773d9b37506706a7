import { describe, expect, it } from 'vitest';
import { check } from './target-size-kwcag';
import { MOBILE, runCheckOn } from '@/tests/kits/audit-check';

describe('target-size-kwcag', () => {
  it('fails a 12 px icon button and passes a 17 px one on desktop', async () => {
    const result = await runCheckOn(
      check,
      `<img id="tiny" onclick="go()" data-rect="0 0 12 12"><button id="ok" data-rect="100 100 17 17">확인</button>`,
    );
    expect(result.outcome).toBe('failed');
    expect(result.nodes.map((node) => node.element.id)).toEqual(['tiny']);
  });

  it('uses 24 px on mobile', async () => {
    const result = await runCheckOn(check, `<button data-rect="0 0 20 20">확인</button>`, MOBILE);
    expect(result.outcome).toBe('failed');
    expect((await runCheckOn(check, `<button data-rect="0 0 20 20">확인</button>`)).outcome).toBe('passed');
  });

  it('fails targets with no gap between them', async () => {
    const result = await runCheckOn(check, `<a href="/a" data-rect="0 0 40 20">가</a><a id="b" href="/b" data-rect="40 0 40 20">나</a>`);
    expect(result.nodes.map((node) => node.element.id)).toEqual(['b']);
  });

  it('does not size labelled checkboxes or links inside sentences', async () => {
    const html = `<input type="checkbox" id="c" data-rect="0 0 13 13"><label for="c" data-rect="20 0 100 20">동의</label>
      <p>자세한 내용은 <a href="/x" data-rect="0 100 30 14">여기</a>를 보세요.</p><button data-rect="0 200 60 30">확인</button>`;
    expect((await runCheckOn(check, html)).outcome).toBe('passed');
  });
});

describe('target-size-kwcag evidence', () => {
  it('records the size, the diagonal in mm and the 6 mm threshold it applied', async () => {
    const result = await runCheckOn(check, `<button id="b" data-rect="0 0 17 12">x</button>`);
    expect(result.nodes[0]!.evidence).toEqual({
      key: 'small',
      values: { width: 17, height: 12, mm: 5.1, threshold: 6, square: 17 },
      measured: { quantity: 'target-diagonal', value: 5.1, unit: 'mm', comparison: '<', threshold: 6 },
    });
  });

  it('measures the diagonal, as KWCAG does: a wide, low target passes what a small square fails', async () => {
    expect((await runCheckOn(check, `<button data-rect="0 0 40 12">x</button>`)).outcome).toBe('passed');
    expect((await runCheckOn(check, `<button data-rect="0 0 16 16">x</button>`)).outcome).toBe('failed');
  });

  it('is only likely about a missing gap', async () => {
    const result = await runCheckOn(check, `<a href="/a" data-rect="0 0 40 20">가</a><a id="b" href="/b" data-rect="40 0 40 20">나</a>`);
    expect(result.nodes[0]).toMatchObject({ confidence: 'likely', evidence: { key: 'gap', values: { gap: 0, threshold: 1 } } });
  });
});
