/** Shapes the highlight layer draws, as pure functions (placement itself: ./placement.ts). */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export const POINTER_LENGTH = 72;

/** The dimming path: the whole viewport with the ring cut out (even-odd fill). */
export function cutoutPath(ring: Box, viewport: Viewport): string {
  const outer = `M0 0H${viewport.width}V${viewport.height}H0Z`;
  const inner = `M${ring.x} ${ring.y}h${ring.width}v${ring.height}h${-ring.width}Z`;
  return `${outer}${inner}`;
}

/** A large arrow whose tip is at (0,0), pointing down; turned and shortened by its transform. */
export const POINTER_PATH = `M0 0L-30 -36H-12V-${POINTER_LENGTH}H12V-36H30Z`;
