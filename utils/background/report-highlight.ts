import type { WebExtension } from '@/utils/web-extension';
import { sendToTab } from '@/utils/messaging/to-tab';
import { ensureOverlayApp } from './overlay-app';

type Apis = {
  tabs: Pick<WebExtension['tabs'], 'query' | 'sendMessage' | 'update'>;
  scripting: Pick<WebExtension['scripting'], 'executeScript'>;
};

/**
 * Asks the overlay in an open tab showing `url` to point at a finding's element, and brings that
 * tab forward when it did. The page itself is never changed: the overlay draws on its own layer.
 */
export async function highlightInOpenTab({ tabs, scripting }: Apis, url: string, target: string[]): Promise<{ shown: boolean }> {
  const open = (await tabs.query({})).filter((tab) => tab.id !== undefined && tab.url !== undefined && samePage(tab.url, url));
  for (const tab of open) {
    // The page may show only the launcher so far: the full overlay draws the highlight.
    await ensureOverlayApp(scripting, tab.id!, 0, { overBootOnly: true });
    const reply = await sendToTab(tabs, tab.id!, 'overlay:highlight', { target }).catch(() => undefined);
    if (reply?.shown === true) {
      await tabs.update(tab.id!, { active: true });
      return { shown: true };
    }
  }
  return { shown: false };
}

/** Same document: scheme, host, path and query; the fragment does not matter. */
function samePage(a: string, b: string): boolean {
  return a.replace(/#.*$/, '') === b.replace(/#.*$/, '');
}
