import type { WebExtension } from '@/utils/web-extension';

type Api = Pick<WebExtension, 'tabs' | 'runtime'> & {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/**
 * Opens the designer's view (the side panel) for a tab: Chrome's side panel, Firefox's sidebar,
 * or, where there is neither (Firefox for Android), the same page in a tab of its own. Call it
 * straight from the click: Firefox opens a sidebar only in answer to the user's action.
 */
export function openDesignerView(api: Api, tabId: number): Promise<unknown> {
  if (api.sidePanel?.open) return api.sidePanel.open({ tabId });
  if (api.sidebarAction?.open) return api.sidebarAction.open();
  return api.tabs.create({ url: api.runtime.getURL(`/sidepanel.html?tabId=${tabId}`) });
}
