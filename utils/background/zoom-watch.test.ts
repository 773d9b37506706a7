import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { sitesItem } from '@/utils/storage/items';
import { updateSite } from './settings';
import { watchZoom, type ZoomWatchBrowser } from './zoom-watch';

type ZoomListener = (info: Browser.tabs.OnZoomChangeInfo) => unknown;

/**
 * WXT's fake browser has tabs, storage and onUpdated, but no zoom: this adds a browser-wide zoom
 * (as Chrome's per-origin zoom looks from one tab) and an onZoomChange the test can fire.
 */
function browserWithZoom() {
  const listeners: ZoomListener[] = [];
  let zoom = 1;
  const writes = vi.spyOn(sitesItem, 'setValue');
  const browser: ZoomWatchBrowser = {
    tabs: {
      get: fakeBrowser.tabs.get,
      onUpdated: fakeBrowser.tabs.onUpdated,
      getZoom: async () => zoom,
      onZoomChange: { addListener: (listener: ZoomListener) => void listeners.push(listener) },
    },
  };
  /** What the browser does when the user presses Ctrl + or Ctrl −. */
  const userZooms = async (tabId: number, factor: number) => {
    const oldZoomFactor = zoom;
    zoom = factor;
    await Promise.all(
      listeners.map((listener) => listener({ tabId, oldZoomFactor, newZoomFactor: factor, zoomSettings: { scope: 'per-origin' } })),
    );
  };
  const zoomBeforeInstall = (factor: number) => (zoom = factor);
  return { browser, userZooms, zoomBeforeInstall, writes };
}

afterEach(() => {
  vi.restoreAllMocks();
});

const storedZoom = async (origin: string) => (await sitesItem.getValue())[origin]?.zoomPercent;

describe('following the browser zoom', () => {
  it('stores a zoom the user made with the browser for that tab’s site, as a whole percent', async () => {
    const { browser, userZooms } = browserWithZoom();
    watchZoom(browser);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.kr/portal/main' });

    await userZooms(tab.id!, 1.1);
    expect(await storedZoom('https://www.gov.kr')).toBe(110);
    await userZooms(tab.id!, 2 / 3); // Chrome's 67 % step
    expect(await storedZoom('https://www.gov.kr')).toBe(67);
  });

  it('keeps what else the user set for the site', async () => {
    const { browser, userZooms } = browserWithZoom();
    watchZoom(browser);
    await updateSite('https://www.gov.kr', { contrast: 'dark', textSpacing: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.kr/' });

    await userZooms(tab.id!, 1.5);
    expect((await sitesItem.getValue())['https://www.gov.kr']).toMatchObject({ contrast: 'dark', textSpacing: true, zoomPercent: 150 });
  });

  it('does not write again when the zoom is what is stored (our own 크게 button fires the event too)', async () => {
    const { browser, userZooms, writes } = browserWithZoom();
    watchZoom(browser);
    await updateSite('https://www.gov.kr', { zoomPercent: 125 });
    writes.mockClear();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.kr/' });

    await userZooms(tab.id!, 1.25);
    // The default is 100 %: a site with nothing stored that is at 100 % gets nothing written either.
    const other = await fakeBrowser.tabs.create({ url: 'https://www.hometax.go.kr/' });
    await userZooms(other.id!, 1);
    expect(writes).not.toHaveBeenCalled();
    expect(await storedZoom('https://www.gov.kr')).toBe(125);
  });

  it('ignores tabs that are not web pages, and does not keep other sites’ addresses', async () => {
    const { browser, userZooms } = browserWithZoom();
    watchZoom(browser);
    const settingsPage = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    const unknownTab = await fakeBrowser.tabs.create({});
    const shop = await fakeBrowser.tabs.create({ url: 'https://shop.example/' });

    await userZooms(settingsPage.id!, 1.5);
    await userZooms(unknownTab.id!, 1.5);
    await userZooms(shop.id!, 1.5);
    expect(await sitesItem.getValue()).toEqual({});
  });

  it('follows a site the user turned Dotbogi on for', async () => {
    const { browser, userZooms } = browserWithZoom();
    watchZoom(browser);
    await updateSite('https://www.example.org', { enabled: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.example.org/form' });

    await userZooms(tab.id!, 1.75);
    expect(await storedZoom('https://www.example.org')).toBe(175);
  });

  it('reads the real zoom when a page finishes loading, so a zoom made before install shows in the panel', async () => {
    const { browser, zoomBeforeInstall } = browserWithZoom();
    watchZoom(browser);
    zoomBeforeInstall(1.25);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.gov.kr/' });

    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, { ...tab, status: 'loading' });
    expect(await storedZoom('https://www.gov.kr')).toBeUndefined();
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, status: 'complete' });
    expect(await storedZoom('https://www.gov.kr')).toBe(125);
  });
});
