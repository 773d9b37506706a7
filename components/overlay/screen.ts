/**
 * The screen as the person sees it, for UI that must keep its physical size at any page scale.
 *
 * A phone shows a page without `<meta name="viewport">` laid out 980 px wide and zoomed out to
 * about 0.4, and a pinch zooms further in or out: `position: fixed` UI is fixed to the *layout*
 * viewport and shrinks or grows with the page. The overlay host (./host.ts) therefore draws all
 * our UI inside a "frame": a fixed box laid exactly over the *visual* viewport (what is on the
 * glass), zoomed by 1 / visualViewport.scale. Inside the frame, 1 px is 1 px as seen, and
 * fixed-position children are placed relative to the frame (`contain: layout`).
 *
 * Page geometry (getBoundingClientRect of a page element, or of our own elements) is in layout
 * viewport px; `toScreenRect` converts it into frame px, `screenSize` is the frame's size.
 * Browser zoom (Ctrl +, the user's own choice) is not undone: it changes CSS px themselves.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The visual viewport within the layout viewport (layout px) and its scale. */
export interface ScreenGeometry {
  scale: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

type ScreenWindow = Pick<Window, 'innerWidth' | 'innerHeight' | 'addEventListener' | 'removeEventListener'> & {
  visualViewport?: VisualViewport | null;
  navigator?: Navigator;
  requestAnimationFrame?: Window['requestAnimationFrame'];
  cancelAnimationFrame?: Window['cancelAnimationFrame'];
};

/** Frames below this width (screen px) show the panel as a bottom sheet. */
export const NARROW_SCREEN = 600;

/** Chrome's VirtualKeyboard API: only set when the page asked the keyboard to overlay its content. */
interface VirtualKeyboardLike {
  overlaysContent?: boolean;
  boundingRect?: DOMRectReadOnly;
}

export function readScreen(win: ScreenWindow): ScreenGeometry {
  const viewport = win.visualViewport;
  if (!viewport || !(viewport.scale > 0)) return { scale: 1, left: 0, top: 0, width: win.innerWidth, height: win.innerHeight };
  // A keyboard that overlays the page (only when the page opted in) does not shrink the visual
  // viewport: take its height off, so nothing of ours is drawn under it.
  const keyboard = (win.navigator as { virtualKeyboard?: VirtualKeyboardLike } | undefined)?.virtualKeyboard;
  const covered = keyboard?.overlaysContent ? (keyboard.boundingRect?.height ?? 0) / viewport.scale : 0;
  return {
    scale: viewport.scale,
    left: viewport.offsetLeft,
    top: viewport.offsetTop,
    width: viewport.width,
    height: Math.max(0, viewport.height - covered),
  };
}

/** A layout-viewport rect (getBoundingClientRect) in frame px. */
export function toScreenRect(rect: Box, screen: ScreenGeometry): Box {
  return {
    x: (rect.x - screen.left) * screen.scale,
    y: (rect.y - screen.top) * screen.scale,
    width: rect.width * screen.scale,
    height: rect.height * screen.scale,
  };
}

/** The frame's size in its own px: the visible area as the person sees it. */
export function screenSize(screen: ScreenGeometry): { width: number; height: number } {
  return { width: screen.width * screen.scale, height: screen.height * screen.scale };
}

/** The frame's CSS: over the visual viewport, scaled back to the person's px. */
export function frameCss(screen: ScreenGeometry): string {
  const { width, height } = screenSize(screen);
  const px = (value: number) => `${Math.round(value * 100) / 100}px`;
  return (
    `:host>div{left:${px(screen.left * screen.scale)} !important;top:${px(screen.top * screen.scale)} !important;` +
    `width:${px(width)} !important;height:${px(height)} !important;zoom:${1 / screen.scale} !important}`
  );
}

/**
 * Calls `onChange` (at most once a frame) when the visible area moves or changes size: a pinch,
 * a pan while zoomed in, a rotation, the on-screen keyboard. Returns the unsubscribe function.
 */
export function watchScreen(win: ScreenWindow, onChange: () => void): () => void {
  let frame = 0;
  const request = win.requestAnimationFrame?.bind(win);
  const schedule = () => {
    if (!request) return onChange();
    if (!frame)
      frame = request(() => {
        frame = 0;
        onChange();
      });
  };
  const viewport = win.visualViewport;
  const keyboard = (win.navigator as { virtualKeyboard?: EventTarget } | undefined)?.virtualKeyboard;
  const options = { passive: true };
  viewport?.addEventListener('resize', schedule, options);
  viewport?.addEventListener('scroll', schedule, options);
  keyboard?.addEventListener?.('geometrychange', schedule, options);
  win.addEventListener('resize', schedule, options);
  return () => {
    if (frame) win.cancelAnimationFrame?.(frame);
    viewport?.removeEventListener('resize', schedule);
    viewport?.removeEventListener('scroll', schedule);
    keyboard?.removeEventListener?.('geometrychange', schedule);
    win.removeEventListener('resize', schedule);
  };
}

/**
 * The band of the screen (frame px) that our own docked sheet leaves free: a narrow screen's
 * panel folded to one edge (Panel's `lowered`) takes that edge. Callouts go in the rest.
 */
export function freeBand(root: ParentNode, screen: ScreenGeometry): { top: number; height: number } {
  const { height } = screenSize(screen);
  const sheet = root.querySelector('.narrow .panel.lowered');
  if (!sheet) return { top: 0, height };
  const box = toScreenRect(sheet.getBoundingClientRect(), screen);
  if (box.y <= 1) return { top: box.y + box.height, height: Math.max(0, height - box.y - box.height) };
  return { top: 0, height: Math.max(0, box.y) };
}
