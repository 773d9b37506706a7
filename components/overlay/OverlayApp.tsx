import { useEffect, useRef, useState } from 'preact/hooks';
import type { LauncherCorner } from '@/utils/storage/items';
import { useT } from '@/components/i18n/I18nProvider';
import { Launcher } from './Launcher';
import { Panel } from './Panel';

/** Lets the content script open or close the panel (keyboard command from the background). */
export interface OverlayControls {
  toggle: () => void;
}

export function OverlayApp({ corner, controls }: { corner: LauncherCorner; controls: OverlayControls }) {
  const { language, dir } = useT('overlay');
  const [open, setOpen] = useState(false);
  const launcher = useRef<HTMLButtonElement>(null);
  controls.toggle = () => setOpen((value) => !value);

  const close = () => {
    setOpen(false);
    launcher.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    // Esc is always safe, but only when focus is in our UI: the page keeps its own keys.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    const root = launcher.current?.getRootNode() as ShadowRoot | undefined;
    root?.addEventListener('keydown', onKey as EventListener);
    return () => root?.removeEventListener('keydown', onKey as EventListener);
  }, [open]);

  return (
    <div class={`dotbogi-root corner-${corner}`} lang={language} dir={dir}>
      {open && <Panel onClose={close} />}
      <Launcher ref={launcher} expanded={open} onPress={() => setOpen(!open)} />
    </div>
  );
}
