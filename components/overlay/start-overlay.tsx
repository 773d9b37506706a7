import { render } from 'preact';
import type { WebExtension } from '@/utils/web-extension';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { settingsItem, sitesItem } from '@/utils/storage/items';
import { send } from '@/utils/messaging/send';
import { createI18n } from '@/utils/i18n/create';
import { resolveLanguage } from '@/utils/i18n/resolve';
import type { OverlayCommand } from '@/utils/messaging/protocol';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { OverlayApp, type OverlayControls } from './OverlayApp';
import overlayCss from './overlay.css?inline';

const OVERLAY_NAMESPACES = ['common', 'overlay'];

/**
 * Mounts the overlay in a shadow root on the page. Nothing on the page changes until the user
 * presses the launcher; a site the user switched off gets nothing at all.
 */
export async function startOverlay(ctx: ContentScriptContext, browser: WebExtension) {
  const origin = window.location.origin;
  const site = (await sitesItem.getValue())[origin];
  if (site?.enabled === false) return;

  const settings = await settingsItem.getValue();
  const language = resolveLanguage(settings.language ? [settings.language] : navigator.languages);
  const resources = await send(browser.runtime, 'i18n:resources', { language, namespaces: OVERLAY_NAMESPACES });
  const i18n = createI18n(language, resources);
  const controls: OverlayControls = { toggle: () => undefined };

  const ui = await createShadowRootUi(ctx, {
    name: 'dotbogi-overlay',
    position: 'inline',
    // Outside <body>, so a page's `body { zoom }` or transforms cannot move or scale us.
    anchor: () => document.documentElement,
    append: 'last',
    css: overlayCss,
    isolateEvents: true,
    onMount: (container) => {
      render(
        <I18nProvider i18n={i18n}>
          <OverlayApp corner={settings.launcherCorner} controls={controls} />
        </I18nProvider>,
        container,
      );
      return container;
    },
    onRemove: (container) => container && render(null, container),
  });
  ui.mount();

  const onCommand = (message: unknown) => {
    if ((message as OverlayCommand | undefined)?.type === 'overlay:toggle') controls.toggle();
  };
  browser.runtime.onMessage.addListener(onCommand);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));
}
