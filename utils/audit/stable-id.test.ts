import { describe, expect, it } from 'vitest';
import { setFixture } from '@/tests/kits/audit-check';
import { fnv1a, normaliseSelector, stableFindingId, templateSignature } from './stable-id';

describe('stable finding ids', () => {
  it('hashes with FNV-1a (known vectors)', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('drops nth-child indexes, generated ids and numbers from selectors', () => {
    expect(normaliseSelector('ul > li:nth-child(3) > a')).toBe('ul > li > a');
    expect(normaliseSelector('#include-3')).toBe('#*');
    expect(normaliseSelector('#react-a1b2c3d4e5 > .btn')).toBe('#* > .btn');
    expect(normaliseSelector('.col-12.btn > input[name="phone2"]')).toBe('.btn > input[name]');
    expect(normaliseSelector('#apply-form')).toBe('#apply-form');
  });

  it('gives the same id to the same problem on pages built from one template', () => {
    setFixture('body', `<main><form><table><tr><td><input id="a-1"></td></tr></table></form></main>`);
    const first = templateSignature(document.querySelector('input')!);
    setFixture('body', `<div><main><form><table><tr><td><input id="b-27"></td></tr></table></form></main></div>`);
    const second = templateSignature(document.querySelector('input')!);
    expect(first).toBe('form>table>tbody>tr>td>input[type=text]');
    expect(second).toBe(first);
    expect(stableFindingId('label', ['#a-1'], first)).toBe(stableFindingId('label', ['#b-27'], second));
  });

  it('keeps different rules, places and templates apart', () => {
    const sig = 'main>img';
    expect(stableFindingId('image-alt', ['.logo'], sig)).not.toBe(stableFindingId('link-name', ['.logo'], sig));
    expect(stableFindingId('image-alt', ['.logo'], sig)).not.toBe(stableFindingId('image-alt', ['.banner'], sig));
    expect(stableFindingId('image-alt', ['.logo'], sig)).not.toBe(stableFindingId('image-alt', ['.logo'], 'nav>a>img'));
  });
});
