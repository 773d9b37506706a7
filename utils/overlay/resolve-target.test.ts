import { describe, expect, it } from 'vitest';
import { resolveTarget } from './resolve-target';
import { setBody } from '@/tests/kits/dom';

describe('resolveTarget', () => {
  it('follows a selector path through open shadow roots', () => {
    setBody('<div id="host"></div><input id="name">');
    const inner = document.createElement('button');
    inner.className = 'inner';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveTarget(document, ['#name'])).toBe(document.getElementById('name'));
    expect(resolveTarget(document, ['#host', '.inner'])).toBe(inner);
  });

  it('returns null for missing elements, closed paths and invalid selectors', () => {
    setBody('<p id="plain"></p>');
    expect(resolveTarget(document, ['#gone'])).toBeNull();
    expect(resolveTarget(document, ['#plain', '.inner'])).toBeNull();
    expect(resolveTarget(document, ['##bad'])).toBeNull();
  });
});
