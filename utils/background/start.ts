import type { WebExtension } from '@/utils/web-extension';
import { createMessageListener, type Handlers, type SenderLike } from '@/utils/messaging/serve';
import { watchStorageHealth } from '@/utils/storage/repair';
import type { OverlayCommand } from '@/utils/messaging/protocol';
import { updateSettings, updateSite } from './settings';
import { acknowledgeRepairs } from './storage-repairs';
import { disableSite, enableSite, syncRegistration } from './opt-in-sites';
import { startAudits } from './audits';
import { ensureOverlayApp, loadOverlayApp, overlayBoot } from './overlay-app';
import { loadEasyRead } from './easy-read';
import { highlightInOpenTab } from './report-highlight';
import { buildResources } from '@/utils/i18n/resources';
import { packagedLocales } from './packaged-files';
import { saveTranslationDraft } from './translation-drafts';
import { updateHelpers } from './helpers';
import { addFriction, captureInTab, listGuides, saveProgress, testInTab, updateFriction, reportFrictionSignals } from './guides';
import { openWelcome, shouldOpenWelcome } from './welcome';
import { checkTabAddress, warningTitle } from './fake-site-watch';
import { watchZoom } from './zoom-watch';

/**
 * Wires the background: the only context that answers messages and writes storage.
 * Takes `browser` as a parameter so tests can hand it a fake.
 */
export function startBackground(browser: WebExtension) {
  // First, so no handler reads a corrupted item: broken ones are reset to their defaults (utils/storage/repair.ts).
  void watchStorageHealth(browser.storage);
  const locales = packagedLocales(browser.runtime);
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
    'overlay:boot': (request, sender) => overlayBoot({ scripting: browser.scripting, locales }, request, sender),
    'overlay:load': (_request, sender) => loadOverlayApp(browser.scripting, sender),
    'easy-read:load': (_request, sender) => loadEasyRead(browser.scripting, sender),
    // The overlay cannot code-split, so the background hands it the active language only.
    'i18n:resources': ({ language, namespaces }) => buildResources(language, namespaces, locales),
    ...startAudits(browser),
    'helpers:update': (patch) => updateHelpers(patch),
    'storage:acknowledgeRepairs': () => acknowledgeRepairs(),
    'studio:saveDraft': ({ language, draft }) => saveTranslationDraft(language, draft),
    'report:highlight': ({ url, target }) => highlightInOpenTab(browser, url, target),
    'guides:list': async ({ url }) => listGuides(url),
    'guide:progress': ({ progress }) => saveProgress(progress),
    'guide:friction': (event) => addFriction(event),
    'friction:update': (patch) => updateFriction(patch),
    'friction:signals': () => reportFrictionSignals(),
    'guide:capture': async ({ tabId }) => {
      await ensureOverlayApp(browser.scripting, tabId, 0, { overBootOnly: true });
      return captureInTab(browser.tabs, tabId);
    },
    'guide:test': async ({ tabId, fingerprint }) => {
      await ensureOverlayApp(browser.scripting, tabId, 0, { overBootOnly: true });
      return testInTab(browser.tabs, tabId, fingerprint);
    },
    'welcome:open': async () => {
      await openWelcome(browser.tabs, browser.runtime);
      return { opened: true };
    },
  };

  const listener = createMessageListener(browser.runtime.id, handlers);
  browser.runtime.onMessage.addListener((message, sender) => listener(message, sender));
  // 글자 크게 follows the browser's real zoom, however the user zoomed (Ctrl +/−, wheel, menu).
  watchZoom(browser);

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-overlay' || tab?.id === undefined) return;
    const toggle: OverlayCommand = { dotbogi: 1, type: 'overlay:toggle' };
    await browser.tabs.sendMessage(tab.id, toggle).catch(() => undefined);
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

function senderTab(sender: SenderLike): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('zoom:set needs a tab: none was given and the sender is not a tab.');
  return id;
}
