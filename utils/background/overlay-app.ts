import type { WebExtension } from '@/utils/web-extension';
import type { OverlayBoot, RequestOf } from '@/utils/messaging/protocol';
import type { SenderLike } from '@/utils/messaging/serve';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { defaultSiteSettings, guideProgressItem, helperSettingsItem, settingsItem, sitesItem } from '@/utils/storage/items';
import { resolveLanguage } from '@/utils/i18n/resolve';
import { directionOf } from '@/utils/i18n/languages';
import { APP_MARKER, BOOT_MARKER } from '@/utils/overlay/frame-markers';
import type { ReadNamespace } from '@/utils/i18n/resources';
import { overlayStrings } from './overlay-strings';

/** The full overlay (components/overlay/start-overlay.tsx), injected on demand; see ARCHITECTURE.md. */
export const OVERLAY_APP_SCRIPT = '/content-scripts/overlay-app.js';

type Scripting = Pick<WebExtension['scripting'], 'executeScript'>;

const starting = new Map<string, Promise<boolean>>();

/**
 * Starts the full overlay in a tab's frame unless it runs there already, and resolves once it
 * listens for commands. A second injection would restart it (WXT stops the older copy of a
 * content script), losing an open panel, hence the check and one start at a time per frame.
 * `overBootOnly`: only where the boot runs (Dotbogi is on there and the page has loaded) — for
 * commands from elsewhere (shortcut, report, guide recorder), which must neither switch Dotbogi on
 * nor wait for a page that never finishes loading. False when the frame does not get it.
 */
export function ensureOverlayApp(scripting: Scripting, tabId: number, frameId = 0, { overBootOnly = false } = {}): Promise<boolean> {
  const key = `${tabId}:${frameId}`;
  const pending = starting.get(key);
  if (pending) return pending;
  const start = (async () => {
    try {
      const target = { tabId, frameIds: [frameId] };
      const [probe] = await scripting.executeScript({
        target,
        injectImmediately: true,
        func: (app: string, boot: string) => {
          const running = globalThis as Record<symbol, unknown>;
          return running[Symbol.for(app)] !== undefined ? 'app' : running[Symbol.for(boot)] !== undefined ? 'boot' : 'none';
        },
        args: [APP_MARKER, BOOT_MARKER],
      });
      if (probe?.result === 'app') return true;
      if (overBootOnly && probe?.result !== 'boot') return false;
      await scripting.executeScript({ target, injectImmediately: true, files: [OVERLAY_APP_SCRIPT] });
      return true;
    } catch {
      return false;
    } finally {
      starting.delete(key);
    }
  })();
  starting.set(key, start);
  return start;
}

/**
 * Answers the always-on boot at a page load. The full overlay is needed at once when something
 * must show or run without a press: a guide in progress, hard words marked, the user's
 * contrast or spacing styles for this site, or a warning from the address check. Otherwise the
 * boot only draws the launcher, in the user's language, and loads the rest on first use.
 */
export async function overlayBoot(
  { scripting, locales }: { scripting: Scripting; locales: ReadNamespace },
  { url, languages, hasPasswordField }: RequestOf<'overlay:boot'>,
  sender: SenderLike,
): Promise<OverlayBoot> {
  const origin = new URL(url).origin;
  const site = (await sitesItem.getValue())[origin] ?? defaultSiteSettings(origin);
  if (site.enabled === false) return { mode: 'off' };
  const [helpers, progress, settings] = await Promise.all([
    helperSettingsItem.getValue(),
    guideProgressItem.getValue(),
    settingsItem.getValue(),
  ]);
  const needsApp =
    progress !== null ||
    helpers.hardWords ||
    site.contrast !== 'normal' ||
    site.textSpacing ||
    checkOfficialSite(url, { hasPasswordField }).verdict === 'warning';
  if (needsApp && sender.tab?.id !== undefined && (await ensureOverlayApp(scripting, sender.tab.id, sender.frameId ?? 0))) {
    return { mode: 'app' };
  }
  const language = resolveLanguage(settings.language ? [settings.language] : languages);
  const t = await overlayStrings(locales, language);
  return {
    mode: 'launcher',
    language,
    dir: directionOf(language),
    label: t('launcher.label'),
    corner: settings.launcherCorner,
    fieldHelper: helpers.fieldHelper,
  };
}

/** The boot asks for the full overlay in its own frame. */
export async function loadOverlayApp(scripting: Scripting, sender: SenderLike): Promise<{ loaded: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Only a page can ask for the overlay.');
  return { loaded: await ensureOverlayApp(scripting, tabId, sender.frameId ?? 0) };
}
