import type { WebExtension } from '@/utils/web-extension';
import { sendToTab } from '@/utils/messaging/to-tab';
import type { ReadNamespace } from '@/utils/i18n/resources';
import { syncRegistration } from './opt-in-sites';
import { openWelcome, shouldOpenWelcome } from './welcome';
import { checkTabAddress, warningTitle } from './fake-site-watch';
import { watchZoom } from './zoom-watch';

/**
 * The background's browser events other than messages: the keyboard shortcut, install and
 * start-up, page loads. Call synchronously at worker start, so each event wakes a stopped worker.
 */
export function watchBrowserEvents(browser: WebExtension, locales: ReadNamespace) {
  // 글자 크게 follows the browser's real zoom, however the user zoomed (Ctrl +/−, wheel, menu).
  watchZoom(browser);

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-overlay' || tab?.id === undefined) return;
    await sendToTab(browser.tabs, tab.id, 'overlay:toggle', {}).catch(() => undefined);
  });

  // Registrations persist across sessions, but an update can drop them: make them match storage.
  browser.runtime.onInstalled.addListener(() => void syncRegistration(browser.scripting));
  browser.runtime.onStartup.addListener(() => void syncRegistration(browser.scripting));

  // First run: the welcome page, in large text, with the optional fake-site question.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (shouldOpenWelcome(reason, import.meta.env.MODE)) void openWelcome(browser.tabs, browser.runtime);
  });
  // Only does anything once the user allowed it on the welcome page (utils/sites/fake-site-permission.ts).
  // Not in the cli build: it holds every host to audit them, not because anyone asked for warnings.
  if (import.meta.env.MODE !== 'cli') {
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.status === 'complete' && tab.url)
        void checkTabAddress(browser, tabId, tab.url, () => warningTitle(locales)).catch(() => undefined);
    });
  }
}
