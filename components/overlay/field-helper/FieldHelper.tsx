import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { describeField, type FieldDescription } from '@/utils/field-helper/describe-field';
import { useHighlightLayer } from '@/components/overlay/layer';
import { useOverlay } from '@/components/overlay/overlay-context';
import { useHelperSettings } from './use-helper-settings';
import { deepActiveElement } from '@/components/overlay/deep-active-element';
import { FieldCallout } from './FieldCallout';
import fieldHelperCss from './field-helper.css?inline';

interface Active {
  field: Element;
  description: FieldDescription;
}

/**
 * Explains the page's form field that has focus, in a callout beside it on our own layer.
 *
 * Passive: it only listens to `focusin`/`focusout` on the document, reads the field's label and
 * attributes (never its value) and its position. The page's fields are never changed.
 */
export function FieldHelper() {
  const doc = useOverlay().win.document;
  const layer = useHighlightLayer();
  const { fieldHelper: enabled } = useHelperSettings();
  const [active, setActive] = useState<Active | null>(null);
  const dismissed = useRef(new WeakSet<Element>());
  const region = useRef<HTMLDivElement>(null);
  const callout = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!enabled) {
      setActive(null);
      return;
    }
    const ourRoot = () => region.current?.getRootNode() as ShadowRoot | Document | undefined;
    const isOurs = (node: EventTarget | null) => {
      const root = ourRoot();
      const host = root && 'host' in root ? root.host : null;
      return !!node && (node === host || (node instanceof Node && node.getRootNode() === root));
    };
    const explain = (target: EventTarget | null) => {
      if (isOurs(target)) return;
      if (!(target instanceof Element) || dismissed.current.has(target)) return setActive(null);
      const description = describeField(target);
      const useful = description && (description.formatKey !== null || description.hints.length > 0);
      setActive(useful ? { field: target, description } : null);
    };
    // The first entry of the composed path is the real field, also inside open shadow roots.
    const onFocusIn = (event: FocusEvent) => explain(event.composedPath()[0] ?? event.target);
    // The overlay is loaded by the first focus on a field (./boot): explain that field now.
    const focused = deepActiveElement(doc);
    if (focused) explain(focused);
    let pending: ReturnType<typeof setTimeout> | undefined;
    const onFocusOut = (event: FocusEvent) => {
      if (!isOurs(event.relatedTarget)) return setActive(null);
      // Focus went into our own UI (seen from the page, only as our host): once it has landed,
      // keep the callout if it is on the callout itself (its close button), else hide it.
      clearTimeout(pending);
      pending = setTimeout(() => {
        const root = ourRoot();
        const focused = root && 'activeElement' in root ? root.activeElement : null;
        if (!focused || !callout.current?.contains(focused)) setActive(null);
      }, 0);
    };
    const options = { capture: true, passive: true };
    doc.addEventListener('focusin', onFocusIn, options);
    doc.addEventListener('focusout', onFocusOut, options);
    return () => {
      clearTimeout(pending);
      doc.removeEventListener('focusin', onFocusIn, options);
      doc.removeEventListener('focusout', onFocusOut, options);
    };
  }, [enabled, doc]);

  // The highlight layer places the callout, with the guide card, the arrow and the launcher
  // (components/overlay/layer/placement.ts): beside its field, clear of all of them.
  useLayoutEffect(() => {
    if (!active || !callout.current) return;
    return layer.float('callout', callout.current, active.field);
  }, [active, layer]);

  const dismiss = () => {
    if (!active) return;
    dismissed.current.add(active.field);
    const field = active.field as HTMLElement;
    setActive(null);
    // Back to where the user was typing; the field stays dismissed until the page reloads.
    field.focus?.({ preventScroll: true });
  };

  return (
    <>
      <style>{fieldHelperCss}</style>
      <div ref={region} class="field-helper" aria-live="polite">
        {active && <FieldCallout ref={callout} description={active.description} onDismiss={dismiss} />}
      </div>
    </>
  );
}
