import { describe, expect, it } from 'vitest';
import { escapeHtml, html, isSafeHtml, trustedConstant } from './html-escape.ts';
import { HOSTILE_STRINGS } from '@/tests/kits/report/hostile.ts';

// Prettier reformats templates tagged `html`; these tests compare exact output, so use an alias.
const build = html;

describe('html tagged template', () => {
  it('escapes every interpolation, in content and in attributes', () => {
    const payload = '"><img src=x onerror=alert(1)>';
    expect(build`<p title="${payload}">${payload}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>',
    );
    expect(build`<p title='${"' onmouseover='x"}'></p>`.value).toBe("<p title='&#39; onmouseover=&#39;x'></p>");
  });

  it('leaves no markup character unescaped for any hostile string', () => {
    for (const payload of HOSTILE_STRINGS) expect(escapeHtml(payload)).not.toMatch(/[<>"'`]/);
  });

  it('nests builder output without double escaping, and renders arrays item by item', () => {
    const items = ['<a>', 'b&c'].map((item) => build`<li>${item}</li>`);
    expect(build`<ul>${items}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>b&amp;c</li></ul>');
  });

  it('renders null, undefined and false as nothing, numbers as text', () => {
    expect(build`${null}${undefined}${false}${0}${3.5}`.value).toBe('03.5');
  });

  it('does not treat look-alike objects as markup', () => {
    const forged = { value: '<script>alert(1)</script>' } as unknown as string;
    expect(build`${forged}`.value).toBe('[object Object]');
    expect(isSafeHtml(forged)).toBe(false);
    expect(isSafeHtml(trustedConstant('<b>'))).toBe(true);
  });
});
