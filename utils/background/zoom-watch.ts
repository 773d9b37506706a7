import type { WebExtension } from '@/utils/web-extension';
import { defaultSiteSettings, sitesItem } from '@/utils/storage/items';
import { isGovHost } from '@/utils/sites/gov-hosts';
import { updateSite } from './settings';
import type { RequestOf } from '@/utils/messaging/protocol';
import type { SenderLike } from '@/utils/messaging/serve';

type Tabs = WebExtension['tabs'];
type Listens<Event extends { addListener: unknown }> = Pick<Event, 'addListener'>;

/** The part of `browser` the zoom watch uses (tests hand in a small fake: WXT's has no zoom events). */
export interface ZoomWatchBrowser {
  tabs: Pick<Tabs, 'get' | 'getZoom'> & { onZoomChange: Listens<Tabs['onZoomChange']>; onUpdated: Listens<Tabs['onUpdated']> };
}

/**
 * Keeps each site's stored zoom — what the panel's 글자 크게 shows and steps from — equal to the
 * browser's real zoom, however the user zoomed: Ctrl +/−, Ctrl + wheel, the browser's menu, or
 * our own buttons (`zoom:set` fires onZoomChange too; an unchanged value is not written again).
 * Call synchronously at worker start, so a zoom change wakes a stopped worker.
 */
export function watchZoom(browser: ZoomWatchBrowser) {
  const { tabs } = browser;
  // One write at a time: the sites record is read, changed and written whole, and a per-origin
  // zoom change fires once for every tab showing that origin.
  let writes = Promise.resolve();
  const record = (url: string | undefined, factor: number) => {
    writes = writes.then(() => recordZoom(url, factor).then(() => undefined)).catch(() => undefined);
    return writes;
  };

  tabs.onZoomChange.addListener(({ tabId, newZoomFactor }) =>
    tabs.get(tabId).then(
      (tab) => record(tab?.url, newZoomFactor),
      () => undefined, // the tab closed meanwhile
    ),
  );
  // A zoom set before Dotbogi was installed, or while the browser ran without it, fired nothing
  // here: read the real zoom when a page finishes loading, before anyone opens the panel.
  tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !isWebPage(tab.url)) return;
    return tabs.getZoom(tabId).then(
      (factor) => record(tab.url, factor),
      () => undefined,
    );
  });
}

/**
 * Stores `factor` (1.1 → 110 %) as the zoom of the origin of `url`, if that is a web page Dotbogi
 * runs on (a government host, or a site with settings) and the value changed. True if written.
 */
export async function recordZoom(url: string | undefined, factor: number): Promise<boolean> {
  if (!isWebPage(url) || !(factor > 0)) return false;
  const { origin, hostname } = new URL(url);
  const known = (await sitesItem.getValue())[origin];
  // Other sites' addresses are not kept (only visible at all with the optional all-sites permission).
  if (!known && !isGovHost(hostname)) return false;
  const percent = Math.round(factor * 100);
  if ((known ?? defaultSiteSettings(origin)).zoomPercent === percent) return false;
  await updateSite(origin, { zoomPercent: percent });
  return true;
}

function isWebPage(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//.test(url);
}

/**
 * `zoom:set`: the browser's zoom for the sender's tab (content script) or a given tab (popup),
 * kept as the site's zoom too.
 */
export async function setZoom(
  tabs: Pick<Tabs, 'setZoom'>,
  { tabId, percent }: RequestOf<'zoom:set'>,
  sender: SenderLike,
): Promise<{ percent: number }> {
  const target = tabId ?? sender.tab?.id;
  if (target === undefined) throw new Error('zoom:set needs a tab: none was given and the sender is not a tab.');
  await tabs.setZoom(target, percent / 100);
  const url = sender.tab?.url;
  if (url) await updateSite(new URL(url).origin, { zoomPercent: percent });
  return { percent };
}
