import { browser } from 'wxt/browser';

/**
 * The tab to audit: `?tabId=` when the panel was opened for a given tab (tests, the popup),
 * otherwise the tab the designer is looking at (the side panel sits beside it).
 */
export async function activeTabId(noTabMessage: string): Promise<number> {
  const given = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error(noTabMessage);
  return tab.id;
}
