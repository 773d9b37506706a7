import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { WebExtension } from '@/utils/web-extension';
import { send } from '@/utils/messaging/send';
import type { OverlayBoot, OverlayCommand } from '@/utils/messaging/protocol';
import { isDescribableField } from '@/utils/field-helper/describable';
import { Launcher } from '../Launcher';
import { overlaps } from '../corners';
import { keepMounted } from '../keep-mounted';
import { OVERLAY_HOST } from '../host';
import { offerHandoff, runningApp, type BootHandoff } from './handoff';
import overlayCss from '../overlay.css?inline';

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
  let boot: OverlayBoot = await ask();
  if (boot.mode !== 'launcher' || ctx.isInvalid) return;

  let loading = false;
  let container: HTMLElement | null = null;
  const draw = () => {
    if (!container || boot.mode !== 'launcher') return;
    render(
      <div class={`dotbogi-root corner-${boot.corner}`} lang={boot.language} dir={boot.dir} data-corner={boot.corner}>
        <Launcher
          label={boot.label}
          language={boot.language}
          expanded={false}
          busy={loading}
          onPress={() => load(true)}
          // The press counts from pointer-down or key-down: the full overlay may take over
          // between down and up, and a click split across the two buttons would be lost.
          onPressStart={() => load(true)}
          // A pointer on it or focus on it is a strong hint: start loading before the press.
          onIntent={() => load(false)}
        />
      </div>,
      container,
    );
  };
  const ui = await createShadowRootUi(ctx, {
    ...OVERLAY_HOST,
    css: overlayCss,
    onMount: (root) => {
      container = root;
      draw();
      return root;
    },
    onRemove: () => {
      if (container) render(null, container);
      container = null;
    },
  });
  ui.mount();
  const stopKeepingMounted = keepMounted(ui.shadowHost, document);
  const handoff: BootHandoff = {
    open: false,
    focused: () => !!container && (container.getRootNode() as ShadowRoot).activeElement?.classList.contains('launcher') === true,
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
    if (!(target instanceof Element) || target === ui.shadowHost) return;
    const field = boot.mode === 'launcher' && boot.fieldHelper && isDescribableField(target);
    if (field || coversLauncher(target)) load(false);
  };
  const coversLauncher = (target: Element) => {
    const launcher = container?.querySelector('.launcher')?.getBoundingClientRect();
    return !!launcher && overlaps(target.getBoundingClientRect(), launcher);
  };
  document.addEventListener('focusin', onFocus, { capture: true, passive: true });

  // The keyboard shortcut (the full overlay answers it once it runs).
  const onCommand = (message: unknown) => {
    if ((message as OverlayCommand | undefined)?.type === 'overlay:toggle') load(true);
  };
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
    stopKeepingMounted();
    ui.remove();
  }
  ctx.onInvalidated(stop);
}
