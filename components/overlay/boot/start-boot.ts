import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { WebExtension } from '@/utils/web-extension';
import { send } from '@/utils/messaging/send';
import type { OverlayBoot } from '@/utils/messaging/protocol';
import { createTabListener } from '@/utils/messaging/tab-listener';
import { isDescribableField } from '@/utils/field-helper/describable';
import { createLauncherButton, type LauncherState } from '../launcher-button';
import { overlaps } from '../corners';
import { createOverlayHost } from '../host';
import { offerHandoff, runningApp, type BootHandoff } from './handoff';
import launcherCss from '../launcher.css?inline';

type LauncherBoot = Extract<OverlayBoot, { mode: 'launcher' }>;

/** Stored items whose change can mean the full overlay is needed now, or Dotbogi is off here. */
const WATCHED_KEYS = ['guideProgress', 'helpers', 'sites', 'settings'];

/**
 * The always-on part of the overlay, run on every government page load: it draws the launcher
 * and waits, for a few milliseconds of main thread. The full overlay (i18next, panel, field
 * helper, hard words, guides) is injected by the background on first use: the launcher
 * pressed, the shortcut, a form field focused while the field helper is on, keyboard focus
 * landing under the launcher. The background injects it at once instead when something must
 * run without a press (a guide in progress, hard words, this site's stylesheets, an address
 * warning): see overlayBoot in utils/background/overlay-app.ts.
 */
export async function startBoot(ctx: ContentScriptContext, browser: WebExtension) {
  if (runningApp()) return;
  const ask = () =>
    send(browser.runtime, 'overlay:boot', {
      url: window.location.href,
      languages: [...navigator.languages],
      hasPasswordField: document.querySelector('input[type="password"]') !== null,
    });
  const first = await ask();
  if (first.mode !== 'launcher' || ctx.isInvalid) return;
  let boot: LauncherBoot = first;

  const host = createOverlayHost(document, launcherCss);
  const root = host.container.appendChild(document.createElement('div'));
  let loading = false;
  const state = (): LauncherState => ({
    label: boot.label,
    language: boot.language,
    expanded: false,
    busy: loading,
    onPress: () => load(true),
    // A mouse press counts from button-down, a key press from key-down: the full overlay may take
    // over between down and up, and a click split across the two buttons would be lost. (A touch
    // is handed over as touch() and counts when the finger lifts.)
    onPressStart: () => load(true),
    // A pointer on it or focus on it is a strong hint: start loading before the press.
    onIntent: () => load(false),
  });
  const launcher = createLauncherButton(document, state());
  root.append(launcher.element);
  const draw = () => {
    root.className = `dotbogi-root corner-${boot.corner}`;
    root.lang = boot.language;
    root.dir = boot.dir;
    root.dataset.corner = boot.corner;
    launcher.update(state());
  };
  // Drawn before it is in the page: one style and layout pass for the whole launcher.
  draw();
  host.mount(() => {
    // document.open() erased our listeners: start again, as on a page load.
    stop();
    void startBoot(ctx, browser);
  });
  const handoff: BootHandoff = {
    open: false,
    focused: () => (root.getRootNode() as ShadowRoot).activeElement === launcher.element,
    touch: () => launcher.touch(),
    stop,
  };
  offerHandoff(handoff);

  function load(open: boolean) {
    handoff.open ||= open;
    if (loading) return;
    loading = true;
    draw();
    const retry = (error?: unknown) => {
      // The launcher stays and a press tries again (e.g. the extension was just updated).
      if (error) console.warn('Dotbogi: the overlay could not be loaded:', error);
      loading = false;
      draw();
    };
    send(browser.runtime, 'overlay:load', {})
      .then(({ loaded }) => !loaded && retry(new Error('not allowed in this frame')))
      .catch(retry);
  }

  const onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || target === host.element) return;
    const field = boot.fieldHelper && isDescribableField(target);
    if (field || coversLauncher(target)) load(false);
  };
  const coversLauncher = (target: Element) => overlaps(target.getBoundingClientRect(), launcher.element.getBoundingClientRect());
  document.addEventListener('focusin', onFocus, { capture: true, passive: true });

  // The keyboard shortcut (the full overlay answers it once it runs).
  const onCommand = createTabListener(browser.runtime.id, { 'overlay:toggle': () => void load(true) });
  browser.runtime.onMessage.addListener(onCommand);

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !WATCHED_KEYS.some((key) => key in changes)) return;
    void ask()
      .then((next) => {
        if (next.mode === 'off') stop();
        // 'app': the background has injected the full overlay, which took over from us.
        if (next.mode !== 'launcher') return;
        boot = next;
        draw();
      })
      .catch(() => undefined);
  };
  browser.storage.onChanged.addListener(onStorage);

  function stop() {
    document.removeEventListener('focusin', onFocus, { capture: true });
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onCommand);
    host.remove();
  }
  ctx.onInvalidated(stop);
}
