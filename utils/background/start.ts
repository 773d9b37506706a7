import type { WebExtension } from '@/utils/web-extension';
import { createMessageListener, type Handlers, type SenderLike } from '@/utils/messaging/serve';
import type { OverlayCommand } from '@/utils/messaging/protocol';
import { updateSettings, updateSite } from './settings';
import { disableSite, enableSite, syncRegistration } from './opt-in-sites';
import { runAudit } from './run-audit';
import { localeResources } from './locale-resources';

/**
 * Wires the background: the only context that answers messages and writes storage.
 * Takes `browser` as a parameter so tests can hand it a fake.
 */
export function startBackground(browser: WebExtension) {
  const handlers: Handlers = {
    'settings:update': (patch) => updateSettings(patch),
    'site:update': ({ origin, ...patch }) => updateSite(origin, patch),
    'site:enable': ({ origin }) => enableSite(browser.scripting, browser.permissions, origin),
    'site:disable': ({ origin }) => disableSite(browser.scripting, origin),
    'zoom:set': async ({ tabId, percent }, sender) => {
      const target = tabId ?? senderTab(sender);
      await browser.tabs.setZoom(target, percent / 100);
      const url = sender.tab?.url;
      if (url) await updateSite(new URL(url).origin, { zoomPercent: percent });
      return { percent };
    },
    'i18n:resources': ({ language, namespaces }) => localeResources(language, namespaces),
    'audit:run': ({ tabId }) => runAudit(browser.scripting, tabId),
  };

  const listener = createMessageListener(browser.runtime.id, handlers);
  browser.runtime.onMessage.addListener((message, sender) => listener(message, sender));

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-overlay' || tab?.id === undefined) return;
    const toggle: OverlayCommand = { dotbogi: 1, type: 'overlay:toggle' };
    await browser.tabs.sendMessage(tab.id, toggle).catch(() => undefined);
  });

  // Registrations persist across sessions, but an update can drop them: make them match storage.
  browser.runtime.onInstalled.addListener(() => void syncRegistration(browser.scripting));
  browser.runtime.onStartup.addListener(() => void syncRegistration(browser.scripting));
}

function senderTab(sender: SenderLike): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('zoom:set needs a tab: none was given and the sender is not a tab.');
  return id;
}
