import { describe, expect, it } from 'vitest';
import { check } from './new-window-notice';
import { runCheckOn } from '@/tests/kits/audit-check';

describe('new-window-notice', () => {
  it('fails target=_blank and window.open without notice', async () => {
    const result = await runCheckOn(
      check,
      `<a id="a" href="/p" target="_blank">개인정보처리방침</a><button id="b" onclick="window.open('/x')">안내</button>`,
    );
    expect(result.outcome).toBe('failed');
    expect(result.nodes.map((node) => node.element.id)).toEqual(['a', 'b']);
  });

  it('passes links that say "새 창" in text, title or image alt', async () => {
    const html = `<a href="/p" target="_blank">방침 (새 창)</a><a href="/q" target="_blank" title="새창 열림">약관</a>
      <a href="/r" target="_blank"><img alt="국민신문고 새 창으로 열기" src="x.png"></a>`;
    expect((await runCheckOn(check, html)).outcome).toBe('passed');
  });

  it('is inapplicable when nothing opens a window', async () => {
    expect((await runCheckOn(check, `<a href="/p">홈</a>`)).outcome).toBe('inapplicable');
  });
});
