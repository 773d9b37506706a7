import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chromium/chrome' }, (path) => path === '/opt/chromium/chrome')).toBe('/opt/chromium/chrome');
  });

  it('falls back to the usual Debian path', () => {
    expect(findChromium({}, (path) => path === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('fails with a message that says how to install it', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium/);
  });

  it('fails clearly when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });
});
