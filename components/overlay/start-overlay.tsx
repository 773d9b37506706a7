import { render } from 'preact';
import type { WebExtension } from '@/utils/web-extension';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defaultSiteSettings, settingsItem, sitesItem } from '@/utils/storage/items';
import { send } from '@/utils/messaging/send';
import { createTranslator, type Translator } from '@/utils/i18n/translator';
import { resolveLanguage } from '@/utils/i18n/resolve';
import { watchLanguage } from '@/utils/i18n/watch-language';
import { createTabListener } from '@/utils/messaging/tab-listener';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { setContrast, setTextSpacing } from '@/utils/overlay/page-styles';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { createHighlightLayer, HighlightLayerContext, LAYER_CSS } from './layer';
import { OverlayApp, type OverlayControls } from './OverlayApp';
import { createOverlayHost } from './host';
import { reportPointerHandlers } from './report-pointer';
import { OVERLAY_CSS } from './overlay-css';
import { guideCommandHandlers } from '@/components/guides/capture';
import { pressOnLift, runningApp, setRunningApp, takeHandoff } from './boot/handoff';

const OVERLAY_NAMESPACES = ['common', 'overlay', 'glossary', 'guides'];

/**
 * The full overlay: injected by the background when the always-on boot (./boot) needs it, once
 * per frame (a second injection returns the running start). It takes over from the boot's
 * launcher. Nothing on the page changes until the user asks (or had asked for a stylesheet on
 * this site before); a site the user switched off gets nothing at all.
 */
export function startOverlay(ctx: ContentScriptContext, browser: WebExtension): Promise<void> {
  const running = runningApp();
  if (running) return running;
  const start = mountOverlay(ctx, browser).catch((error: unknown) => {
    setRunningApp(undefined);
    throw error;
  });
  setRunningApp(start);
  return start;
}

async function mountOverlay(ctx: ContentScriptContext, browser: WebExtension) {
  const origin = window.location.origin;
  const site = (await sitesItem.getValue())[origin] ?? defaultSiteSettings(origin);
  if (site.enabled === false) {
    takeHandoff();
    setRunningApp(undefined);
    return;
  }

  const settings = await settingsItem.getValue();
  const loadI18n = async (language: string) =>
    createTranslator(language, await send(browser.runtime, 'i18n:resources', { language, namespaces: OVERLAY_NAMESPACES }));
  const language = resolveLanguage(settings.language ? [settings.language] : navigator.languages);
  // Not i18next: the small translator with the part of it the overlay needs (budget, README).
  let i18n: Translator = await loadI18n(language);
  const controls: OverlayControls = { toggle: () => undefined, locationChanged: () => undefined };
  const official = () =>
    checkOfficialSite(window.location.href, { hasPasswordField: document.querySelector('input[type="password"]') !== null });

  const renderApp = () => {
    render(
      <I18nProvider i18n={i18n}>
        <HighlightLayerContext.Provider value={layer}>
          <OverlayApp
            runtime={browser.runtime}
            win={window}
            initialSettings={settings}
            initialSite={site}
            official={official()}
            controls={controls}
            startOpen={startOpen}
            focusLauncher={focusLauncher}
          />
        </HighlightLayerContext.Provider>
      </I18nProvider>,
      appRoot,
    );
  };

  const host = createOverlayHost(document, `${OVERLAY_CSS}\n${LAYER_CSS}`);
  const layer = createHighlightLayer(host.container);
  const appRoot = document.createElement('div');
  appRoot.className = 'dotbogi-app';
  host.container.append(appRoot);
  // Same task, no paint between: the boot's launcher goes, ours comes.
  const handoff = takeHandoff();
  const startOpen = handoff?.open ?? false;
  const focusLauncher = handoff?.focused ?? false;
  // A page that deletes or replaces our host node gets it back (state and all).
  host.mount(() => {
    // document.open() erased our listeners: start again, as on a page load.
    shutDown();
    void startOverlay(ctx, browser);
  });
  renderApp();
  if (handoff?.touching && !startOpen) pressOnLift(window, host.element, () => controls.toggle());

  const stopWatchingLanguage = watchLanguage(
    settingsItem,
    loadI18n,
    (next) => {
      i18n = next;
      renderApp();
    },
    { initial: language },
  );

  // Single-page apps change the URL without a load: let open sections re-read the page. WXT sends
  // this on the Navigation API's 'navigate', which also fires as a link starts loading another
  // document; only this document's own address changing is a new page here (else the guide would
  // take the page being left for the step's page and call the next page a wrong turn).
  let address = window.location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () =>
    setTimeout(() => {
      if (window.location.href === address) return;
      address = window.location.href;
      controls.locationChanged();
    }, 0),
  );

  const onCommand = createTabListener(browser.runtime.id, {
    'overlay:toggle': () => void controls.toggle(),
    // The report's and the side panel's 「보기」: a place an audit found, on our layer (./report-pointer.ts).
    ...reportPointerHandlers(document, layer),
    // The guide recorder's capture and live test (components/guides/capture.ts).
    ...guideCommandHandlers(document),
  });
  browser.runtime.onMessage.addListener(onCommand);

  // "끄기" anywhere (popup or panel) takes everything away at once, stylesheets included.
  const stopWatchingSite = sitesItem.watch((sites) => {
    if (sites?.[origin]?.enabled !== false) return;
    shutDown();
  });

  function shutDown() {
    setRunningApp(undefined);
    stopWatchingLanguage();
    stopWatchingSite();
    browser.runtime.onMessage.removeListener(onCommand);
    render(null, appRoot);
    layer.destroy();
    host.remove();
    setContrast(document, 'normal');
    setTextSpacing(document, false);
  }
  ctx.onInvalidated(shutDown);
}
