import type { Ref } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { createLauncherButton, type LauncherButton, type LauncherState } from './launcher-button';

/** The launcher (./launcher-button.ts) inside the full overlay's Preact tree. */
export function Launcher({ ref, ...state }: LauncherState & { ref?: Ref<HTMLButtonElement> }) {
  const slot = useRef<HTMLSpanElement>(null);
  const button = useRef<LauncherButton | null>(null);
  useLayoutEffect(() => {
    if (!button.current) {
      button.current = createLauncherButton(slot.current!.ownerDocument, state);
      slot.current!.append(button.current.element);
      if (typeof ref === 'function') ref(button.current.element);
      else if (ref) ref.current = button.current.element;
    } else button.current.update(state);
  });
  useLayoutEffect(
    () => () => {
      if (typeof ref === 'function') ref(null);
      else if (ref) ref.current = null;
    },
    [],
  );
  return <span ref={slot} class="launcher-slot" />;
}
