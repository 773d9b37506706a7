import type { WebExtension } from '@/utils/web-extension';
import { createMessageListener, type Handlers } from '@/utils/messaging/serve';
import type { ReadNamespace } from '@/utils/i18n/resources';
import { watchStorageHealth } from '@/utils/storage/repair';
import { buildResources } from '@/utils/i18n/resources';
import { updateSettings, updateSite } from './settings';
import { acknowledgeRepairs } from './storage-repairs';
import { disableSite, enableSite } from './opt-in-sites';
import { startAudits } from './audits';
import { loadOverlayApp, overlayBoot } from './overlay-app';
import { loadEasyRead } from './easy-read';
import { highlightInOpenTab, openAndHighlight, unhighlight } from './report-highlight';
import { packagedLocales } from './packaged-files';
import { saveTranslationDraft } from './translation-drafts';
import { updateHelpers } from './helpers';
import { addFriction, captureInTab, listGuides, saveProgress, testInTab, updateFriction, reportFrictionSignals } from './guides';
import { openWelcome } from './welcome';
import { setZoom } from './zoom-watch';
import { watchBrowserEvents } from './events';

/**
 * Wires the background, the only context that answers messages and writes storage: the table of
 * message handlers (one line each; the logic lives in this folder's files) and the browser's
 * other events (events.ts). Takes `browser` as a parameter so tests can hand it a fake.
 */
export function startBackground(browser: WebExtension) {
  // First, so no handler reads a corrupted item: broken ones are reset to their defaults (utils/storage/repair.ts).
  void watchStorageHealth(browser.storage);
  const locales = packagedLocales(browser.runtime);
  const listener = createMessageListener(browser.runtime.id, handlers(browser, locales));
  browser.runtime.onMessage.addListener((message, sender) => listener(message, sender));
  watchBrowserEvents(browser, locales);
}

function handlers(browser: WebExtension, locales: ReadNamespace): Handlers {
  return {
    'settings:update': (patch) => updateSettings(patch),
    'site:update': ({ origin, ...patch }) => updateSite(origin, patch),
    'site:enable': ({ origin }) => enableSite(browser.scripting, browser.permissions, origin),
    'site:disable': ({ origin }) => disableSite(browser.scripting, origin),
    'zoom:set': (request, sender) => setZoom(browser.tabs, request, sender),
    'overlay:boot': (request, sender) => overlayBoot({ scripting: browser.scripting, locales }, request, sender),
    'overlay:load': (_request, sender) => loadOverlayApp(browser.scripting, sender),
    'easy-read:load': (_request, sender) => loadEasyRead(browser.scripting, sender),
    // The overlay cannot code-split, so the background hands it the active language only.
    'i18n:resources': ({ language, namespaces }) => buildResources(language, namespaces, locales),
    ...startAudits(browser),
    'helpers:update': (patch) => updateHelpers(patch),
    'storage:acknowledgeRepairs': () => acknowledgeRepairs(),
    'studio:saveDraft': ({ language, draft }) => saveTranslationDraft(language, draft),
    'report:highlight': (request) => highlightInOpenTab(browser, request),
    'report:unhighlight': ({ tabId }) => unhighlight(browser, tabId),
    'report:open': (request) => openAndHighlight(browser, request),
    'guides:list': async ({ url }) => listGuides(url),
    'guide:progress': ({ progress }) => saveProgress(progress),
    'guide:friction': (event) => addFriction(event),
    'friction:update': (patch) => updateFriction(patch),
    'friction:signals': () => reportFrictionSignals(),
    'guide:capture': ({ tabId }) => captureInTab(browser, tabId),
    'guide:test': ({ tabId, fingerprint }) => testInTab(browser, tabId, fingerprint),
    'welcome:open': () => openWelcome(browser.tabs, browser.runtime),
  };
}
