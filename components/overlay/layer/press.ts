/**
 * Whether a finger or mouse button is down on the page. The guide moves on when the person
 * presses the next step's field (it gets focus on the press); scrolling the page to that field
 * before the release would put the release somewhere else, and the tap or click would be lost —
 * a ticked box that stays empty. So the layer holds page moves until the press ends.
 */
export interface PressWatch {
  readonly held: boolean;
  stop(): void;
}

export function watchPress(win: Window, onRelease: () => void): PressWatch {
  let held = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const down = () => {
    held = true;
    clearTimeout(timer);
  };
  const up = (event: Event) => {
    // A capturing listener hears every element's blur too: only the window's own counts.
    if (!held || (event.type === 'blur' && event.target !== win)) return;
    held = false;
    // After the click that follows the release has been delivered.
    clearTimeout(timer);
    timer = setTimeout(onRelease, 0);
  };
  const options = { capture: true, passive: true };
  win.addEventListener('pointerdown', down, options);
  for (const type of ['pointerup', 'pointercancel', 'blur'] as const) win.addEventListener(type, up, options);
  return {
    get held() {
      return held;
    },
    stop() {
      clearTimeout(timer);
      win.removeEventListener('pointerdown', down, options);
      for (const type of ['pointerup', 'pointercancel', 'blur'] as const) win.removeEventListener(type, up, options);
    },
  };
}
