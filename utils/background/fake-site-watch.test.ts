import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkTabAddress } from './fake-site-watch';
import { sitesItem, defaultSiteSettings } from '@/utils/storage/items';

/** `running`: what the frame probe finds (see ensureOverlayApp). */
function fakeApis(granted: boolean, running: 'none' | 'boot' | 'app' = 'none') {
  return {
    permissions: { contains: vi.fn(async () => granted) },
    action: {
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setTitle: vi.fn(async () => undefined),
    },
    scripting: { executeScript: vi.fn(async (options: { func?: unknown }) => (options.func ? [{ result: running }] : [])) },
  };
}
const title = async () => '주의';

describe('checkTabAddress', () => {
  it('does nothing without the optional permission', async () => {
    const apis = fakeApis(false);
    expect(await checkTabAddress(apis as never, 1, 'https://gov-kr.com/', title)).toBe(false);
    expect(apis.action.setBadgeText).not.toHaveBeenCalled();
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('marks a lookalike with a badge and brings the overlay there', async () => {
    fakeBrowser.reset();
    const apis = fakeApis(true);
    expect(await checkTabAddress(apis as never, 7, 'https://gov-kr.com/login', title)).toBe(true);
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '!' });
    expect(apis.action.setTitle).toHaveBeenCalledWith({ tabId: 7, title: '주의' });
    expect(apis.scripting.executeScript).toHaveBeenLastCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/overlay-app.js'] }),
    );
  });

  it('does not inject twice, nor where the user turned Dotbogi off', async () => {
    const present = fakeApis(true, 'app');
    await checkTabAddress(present as never, 7, 'https://gov-kr.com/', title);
    expect(present.scripting.executeScript).toHaveBeenCalledTimes(1);
    await sitesItem.setValue({ 'https://g0v.kr': { ...defaultSiteSettings('https://g0v.kr'), enabled: false } });
    const off = fakeApis(true);
    expect(await checkTabAddress(off as never, 8, 'https://g0v.kr/', title)).toBe(true);
    expect(off.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('clears the badge on official and ordinary sites, and ignores non-web pages', async () => {
    const apis = fakeApis(true);
    expect(await checkTabAddress(apis as never, 3, 'https://www.gov.kr/', title)).toBe(false);
    expect(apis.action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: '' });
    expect(await checkTabAddress(apis as never, 3, 'chrome://settings/', title)).toBe(false);
  });
});

describe('shouldOpenWelcome', async () => {
  const { shouldOpenWelcome } = await import('./welcome');
  it('opens on a fresh install of a user build only', () => {
    expect(shouldOpenWelcome('install', 'production')).toBe(true);
    expect(shouldOpenWelcome('update', 'production')).toBe(false);
    expect(shouldOpenWelcome('install', 'e2e')).toBe(false);
    expect(shouldOpenWelcome('install', 'cli')).toBe(false);
  });
});
