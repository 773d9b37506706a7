import type { WebExtension } from '@/utils/web-extension';

export interface CurrentTab {
  id: number;
  url: URL | null;
}

/**
 * The tab the popup acts on. When the popup is opened as a page (keyboard users, the e2e suite)
 * `?tabId=` names it, since the "active tab" would then be the popup itself.
 */
export async function currentTab(
  tabs: Pick<WebExtension['tabs'], 'query' | 'get'>,
  location: Pick<Location, 'search'>,
): Promise<CurrentTab | null> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  const tab =
    Number.isInteger(requested) && requested > 0 ? await tabs.get(requested) : (await tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  let url: URL | null = null;
  try {
    url = tab.url ? new URL(tab.url) : null;
  } catch {
    url = null;
  }
  return { id: tab.id, url };
}
