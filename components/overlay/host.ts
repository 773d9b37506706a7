/**
 * The shadow host that the boot and the full overlay both mount: one <dotbogi-overlay> element,
 * so taking over is swapping one element, and pages, the background and tests meet one name.
 *
 * Made by hand rather than with WXT's createShadowRootUi, because it runs on every government
 * page load: one constructed stylesheet (no CSS splitting, no <style> the page's CSP could
 * judge), no async steps.
 */
import { keepMounted } from './keep-mounted';
import { frameCss, NARROW_SCREEN, readScreen, screenSize, watchScreen } from './screen';
import { OVERLAY_HOST_NAME } from '@/utils/overlay/frame-markers';

/** Keys typed in our UI are ours: page shortcuts must not act on them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;
const SENTINEL_EVENT = 'dotbogi-listening';

export interface OverlayHost {
  /** Our element in the page, the last child of <html>. */
  readonly element: HTMLElement;
  /**
   * Where our UI renders, inside the shadow root: the frame laid over the visible area (see
   * ./screen.ts), class "narrow" below NARROW_SCREEN px as seen.
   */
  readonly container: HTMLElement;
  /**
   * Puts the host in the page and keeps it there: a page that deletes it gets it back.
   * `onListenersErased` runs when it comes back after `document.open()`, which erases every
   * event listener in the document, ours included: the UI must then be started afresh.
   */
  mount(onListenersErased?: () => void): void;
  /** Takes it out for good. */
  remove(): void;
}

export function createOverlayHost(doc: Document, css: string): OverlayHost {
  const win = doc.defaultView!;
  const element = doc.createElement(OVERLAY_HOST_NAME);
  const shadow = element.attachShadow({ mode: 'open' });
  // Inner !important beats the page's, even `* { all: revert !important }`. The host has no box
  // (display: contents) and the frame inside is fixed: inserting us lays out nothing of the
  // page's again, and a page's `html { display: grid }` gets no extra item. The frame contains
  // layout, so our fixed UI is placed relative to it, and lets pointers through (the UI in it
  // takes them back).
  const styles = new win.CSSStyleSheet();
  styles.replaceSync(
    `:host{all:initial !important;display:contents !important}` +
      `:host>div{position:fixed;left:0;top:0;width:100%;height:100%;margin:0;padding:0;border:0;contain:layout;pointer-events:none;z-index:2147483647}\n${css}`,
  );
  const zoom = new win.CSSStyleSheet();
  const frame = new win.CSSStyleSheet();
  shadow.adoptedStyleSheets = [styles, zoom, frame];
  const container = doc.createElement('div');
  shadow.append(container);
  const isolate = (event: Event) => event.stopPropagation();
  // A listener that answers as long as listeners survive (see mount).
  let answered = false;
  const answer = () => (answered = true);
  const listenersAlive = () => {
    answered = false;
    shadow.dispatchEvent(new win.Event(SENTINEL_EVENT));
    return answered;
  };

  // Over the visible area, at the person's scale, whatever the page's zoom-out or pinch.
  const fitFrame = () => {
    const screen = readScreen(win);
    frame.replaceSync(frameCss(screen));
    container.classList.toggle('narrow', screenSize(screen).width < NARROW_SCREEN);
  };

  let stopKeepingMounted = () => {};
  let stopWatchingScreen = () => {};
  return {
    element,
    container,
    mount(onListenersErased) {
      // Outside <body>, so a page's `body { zoom }` or transforms cannot move or scale us; a zoom
      // on <html> itself (some sites shrink everything) is undone on our host.
      const place = () => {
        const pageZoom = Number.parseFloat(win.getComputedStyle(doc.documentElement).zoom) || 1;
        zoom.replaceSync(pageZoom === 1 ? '' : `:host{zoom:${1 / pageZoom} !important}`);
        fitFrame();
        doc.documentElement.append(element);
      };
      const listen = () => {
        shadow.addEventListener(SENTINEL_EVENT, answer);
        for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, isolate);
      };
      place();
      listen();
      stopWatchingScreen = watchScreen(win, fitFrame);
      stopKeepingMounted = keepMounted(element, doc, {
        restore: () => {
          place();
          if (listenersAlive()) return;
          listen();
          onListenersErased?.();
        },
      });
    },
    remove() {
      stopKeepingMounted();
      stopWatchingScreen();
      element.remove();
    },
  };
}
