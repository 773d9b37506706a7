import type { TabHandlers } from '@/utils/messaging/tab-listener';
import { resolveTarget } from '@/utils/overlay/resolve-target';
import { OVERLAY_HOST_NAME } from '@/utils/overlay/frame-markers';
import type { HighlightLayer } from './layer';

/**
 * A place an audit found, pointed at for the designer (the report's or the side panel's 「보기」).
 * It stays until the designer dismisses it — a press anywhere on the page, or ‘표시 지우기’ in the
 * panel or report — or scrolls it out of sight; the page's focus and keys are left alone. Nothing
 * on the page changes: the ring is drawn on our own layer, and the page is not dimmed (the
 * designer is looking at the page around the place).
 */
export function reportPointerHandlers(
  doc: Document,
  layer: HighlightLayer,
): Pick<TabHandlers, 'overlay:highlight' | 'overlay:unhighlight'> {
  let stop = () => {};
  const clear = () => {
    stop();
    stop = () => {};
  };
  return {
    'overlay:highlight': ({ target, label }) => {
      clear();
      const element = resolveTarget(doc, target);
      if (!element) return { shown: false };
      layer.highlight(element, { label: label ?? '', dim: false });
      stop = watchDismissal(doc, element, () => {
        stop = () => {};
        if (layer.current === element) layer.clearHighlight();
      });
      return { shown: true };
    },
    'overlay:unhighlight': () => {
      const shown = layer.current !== null;
      clear();
      layer.clearHighlight();
      return { cleared: shown };
    },
  };
}

/**
 * Calls `dismiss` once the person presses on the page, or the element has been in view and then
 * left it (scrolled away). The layer scrolls it into view smoothly, so "out of view" counts only
 * after it was seen. Returns the function that stops watching.
 */
export function watchDismissal(doc: Document, element: Element, dismiss: () => void): () => void {
  const win = doc.defaultView;
  let seen = false;
  const Observer = win?.IntersectionObserver;
  const observer = Observer
    ? new Observer((entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) seen = true;
          else if (seen) finish();
        }
      })
    : null;
  observer?.observe(element);
  // Our own UI (the panel, the launcher) is in a shadow root on <html>: a press there is not a
  // press on the page.
  const onPress = (event: Event) => {
    if (event.composedPath().some((node) => (node as Element).localName === OVERLAY_HOST_NAME)) return;
    finish();
  };
  doc.addEventListener('pointerdown', onPress, { capture: true, passive: true });
  let done = false;
  function stopWatching() {
    observer?.disconnect();
    doc.removeEventListener('pointerdown', onPress, { capture: true });
  }
  function finish() {
    if (done) return;
    done = true;
    stopWatching();
    dismiss();
  }
  return () => {
    done = true;
    stopWatching();
  };
}
