/**
 * The report's and the side panel's 「보기」: point at a place an audit found, in the tab that
 * shows its page. The page itself is never changed: the overlay draws on its own layer
 * (components/overlay/report-pointer.ts).
 *
 * Which tab: the one the audit ran in, while it still shows that page, else any tab showing the
 * same address without its query and fragment — stored addresses have their query values masked
 * (`issued.html?name=＊`), so a full comparison would never match a page reached through a form.
 */
import type { WebExtension } from '@/utils/web-extension';
import type { RequestOf } from '@/utils/messaging/protocol';
import type { HighlightReply } from '@/utils/messaging/replies';
import { sendToTab } from '@/utils/messaging/to-tab';
import { APP_MARKER } from '@/utils/overlay/frame-markers';
import { ensureOverlayApp } from './overlay-app';

type Tabs = WebExtension['tabs'];
export type HighlightApis = {
  tabs: Pick<Tabs, 'query' | 'get' | 'sendMessage' | 'update' | 'create' | 'onUpdated'>;
  windows?: Pick<WebExtension['windows'], 'update'>;
  scripting: Pick<WebExtension['scripting'], 'executeScript'>;
};
type Tab = { id?: number; url?: string; windowId?: number };

/** A page opened by ‘이 페이지 열기’: how long it may take to load, and to start our overlay. */
const LOAD_TIMEOUT_MS = 20_000;
const OVERLAY_TRIES = 10;
const OVERLAY_RETRY_MS = 300;

export async function highlightInOpenTab(apis: HighlightApis, request: RequestOf<'report:highlight'>): Promise<HighlightReply> {
  const tabs = await matchingTabs(apis.tabs, request.url, request.tabId);
  if (tabs.length === 0) return { shown: false, reason: 'no-tab' };
  let failed: HighlightReply = { shown: false, reason: 'overlay-off' };
  for (const tab of tabs) {
    const reply = await highlightIn(apis, tab, request);
    if (reply.shown) return reply;
    if (reply.reason === 'not-found') failed = reply;
  }
  return failed;
}

/** ‘이 페이지 열기’: opens the page in a new tab and points there once it has loaded. */
export async function openAndHighlight(apis: HighlightApis, request: RequestOf<'report:open'>): Promise<HighlightReply> {
  const url = openableUrl(request.url);
  if (url === null) return { shown: false, reason: 'no-tab' };
  const tab = await apis.tabs.create({ url, active: true });
  if (tab.id === undefined) return { shown: false, reason: 'no-tab' };
  await loaded(apis.tabs, tab.id);
  // The always-on overlay starts a moment after the load: ask again for a short while.
  let reply: HighlightReply = { shown: false, reason: 'overlay-off' };
  for (let attempt = 0; attempt < OVERLAY_TRIES && reply.reason === 'overlay-off'; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, OVERLAY_RETRY_MS));
    reply = await highlightIn(apis, { ...tab, id: tab.id }, request);
  }
  return reply;
}

export async function unhighlight({ tabs }: Pick<HighlightApis, 'tabs'>, tabId: number): Promise<{ cleared: boolean }> {
  return (await sendToTab(tabs, tabId, 'overlay:unhighlight', {}).catch(() => undefined)) ?? { cleared: false };
}

async function highlightIn(
  apis: HighlightApis,
  tab: Tab,
  { target, label }: { target: string[]; label?: string },
): Promise<HighlightReply> {
  const tabId = tab.id!;
  // The page may show only the launcher so far: the full overlay draws the highlight. Where Dotbogi
  // is off (a site the person has not turned it on for), nothing is injected.
  if (!(await ensureOverlayApp(apis.scripting, tabId, 0, { overBootOnly: true }))) return { shown: false, reason: 'overlay-off' };
  await overlayReady(apis.scripting, tabId);
  const reply = await sendToTab(apis.tabs, tabId, 'overlay:highlight', { target, ...(label ? { label } : {}) }).catch(() => undefined);
  if (reply === undefined) return { shown: false, reason: 'overlay-off' };
  if (!reply.shown) return { shown: false, reason: 'not-found', tabId };
  await apis.tabs.update(tabId, { active: true });
  if (tab.windowId !== undefined) await apis.windows?.update(tab.windowId, { focused: true }).catch(() => undefined);
  return { shown: true, reason: 'shown', tabId };
}

/** The tab the audit ran in first (when it still shows the page), then every other tab showing it. */
async function matchingTabs(tabs: HighlightApis['tabs'], url: string, tabId: number | undefined): Promise<Tab[]> {
  const open = (await tabs.query({})).filter((tab) => tab.id !== undefined && tab.url !== undefined && samePage(tab.url, url));
  const stored = open.find((tab) => tab.id === tabId);
  return stored ? [stored, ...open.filter((tab) => tab !== stored)] : open;
}

/** Same page: scheme, host and path; the query (masked in stored addresses) and the fragment do not matter. */
export function samePage(a: string, b: string): boolean {
  const page = (url: string) => {
    try {
      const parsed = new URL(url);
      return `${parsed.origin}${parsed.pathname}`;
    } catch {
      return null;
    }
  };
  const left = page(a);
  return left !== null && left === page(b);
}

/**
 * The address to open for a stored one: without its query when values in it were masked (opening
 * `?name=＊` would send the mask to the site), never anything but http(s).
 */
export function openableUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    if (parsed.search.includes('＊') || decodeURIComponent(parsed.search).includes('＊')) parsed.search = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** Waits until the full overlay in the tab's top frame has started (its message listener is on). */
async function overlayReady(scripting: HighlightApis['scripting'], tabId: number): Promise<void> {
  await scripting
    .executeScript({
      target: { tabId, frameIds: [0] },
      func: async (marker: string) => {
        await ((globalThis as Record<symbol, unknown>)[Symbol.for(marker)] as Promise<void> | undefined)?.catch(() => undefined);
        return true;
      },
      args: [APP_MARKER],
    })
    .catch(() => undefined);
}

function loaded(tabs: HighlightApis['tabs'], tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    tabs.onUpdated.addListener(onUpdated);
    // It may have loaded before we listened.
    void tabs.get(tabId).then(
      (tab) => tab.status === 'complete' && done(),
      () => done(),
    );
  });
}
