import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { describeField, type FieldDescription } from '@/utils/field-helper/describe-field';
import { placeCallout, type CalloutPlacement } from '@/utils/field-helper/place-callout';
import { useOverlay } from '@/components/overlay/overlay-context';
import { useHelperSettings } from './use-helper-settings';
import { deepActiveElement } from '@/components/overlay/deep-active-element';
import { FieldCallout } from './FieldCallout';
import { freeBand, readScreen, screenSize, toScreenRect, watchScreen } from '@/components/overlay/screen';
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
  const { dir } = useT('overlay');
  const doc = useOverlay().win.document;
  const { fieldHelper: enabled } = useHelperSettings();
  const [active, setActive] = useState<Active | null>(null);
  const [placement, setPlacement] = useState<CalloutPlacement | null>(null);
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

  useLayoutEffect(() => {
    if (!active) {
      setPlacement(null);
      return;
    }
    const view = doc.defaultView ?? window;
    let frame = 0;
    const place = () => {
      frame = 0;
      // The whole content's height, even while an earlier placement makes the callout scroll.
      const box = callout.current;
      const size = box ? { width: box.offsetWidth, height: box.scrollHeight } : { width: 0, height: 0 };
      // Where the person sees the field, in our frame's px (screen.ts): the keyboard is off-screen,
      // and a bottom sheet folded to one edge takes that edge.
      const screen = readScreen(view);
      const root = region.current?.getRootNode() as ParentNode | undefined;
      const band = root ? freeBand(root, screen) : { top: 0, height: screenSize(screen).height };
      const field = toScreenRect(active.field.getBoundingClientRect(), screen);
      const placed = placeCallout({ ...field, y: field.y - band.top }, size, { width: screenSize(screen).width, height: band.height }, dir);
      setPlacement(placed && { ...placed, y: placed.y + band.top });
    };
    const schedule = () => {
      if (!frame) frame = view.requestAnimationFrame(place);
    };
    place();
    // Once more after this focus has been handled everywhere: a bottom sheet may fold away from the field.
    schedule();
    const options = { capture: true, passive: true };
    view.addEventListener('scroll', schedule, options);
    const unwatchScreen = watchScreen(view, schedule);
    return () => {
      if (frame) view.cancelAnimationFrame(frame);
      view.removeEventListener('scroll', schedule, options);
      unwatchScreen();
    };
  }, [active, dir, doc]);

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
        {active && <FieldCallout ref={callout} description={active.description} placement={placement} onDismiss={dismiss} />}
      </div>
    </>
  );
}
