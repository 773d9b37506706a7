/** Pure placement maths for the highlight layer, so it can be tested without a browser. */

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

export interface LayerGeometry {
  /** The outline drawn around the target, a little larger than it. */
  ring: Box;
  /** Where the arrow's tip touches the ring, and which way it points. */
  pointer: { x: number; y: number; direction: 'down' | 'up' };
  /** The label's top-left corner; the label sits beyond the arrow's tail. */
  label: { x: number; y: number };
}

export const RING_PADDING = 8;
export const POINTER_LENGTH = 72;
const LABEL_GAP = 8;
const EDGE = 12;

/**
 * Places ring, pointer and label for a target's client rect. The pointer comes from above when
 * there is room, otherwise from below; the label stays inside the viewport.
 */
export function layoutHighlight(target: Box, viewport: Viewport, labelSize: { width: number; height: number }): LayerGeometry {
  const ring: Box = {
    x: target.x - RING_PADDING,
    y: target.y - RING_PADDING,
    width: target.width + RING_PADDING * 2,
    height: target.height + RING_PADDING * 2,
  };
  const centerX = clamp(ring.x + ring.width / 2, EDGE + 28, viewport.width - EDGE - 28);
  const roomAbove = ring.y - EDGE;
  const fromAbove = roomAbove >= POINTER_LENGTH + labelSize.height + LABEL_GAP || roomAbove > viewport.height - (ring.y + ring.height);
  const pointer = fromAbove
    ? { x: centerX, y: ring.y - 4, direction: 'down' as const }
    : { x: centerX, y: ring.y + ring.height + 4, direction: 'up' as const };
  const labelX = clamp(centerX - labelSize.width / 2, EDGE, Math.max(EDGE, viewport.width - EDGE - labelSize.width));
  const labelY = fromAbove
    ? Math.max(EDGE, pointer.y - POINTER_LENGTH - LABEL_GAP - labelSize.height)
    : Math.min(viewport.height - EDGE - labelSize.height, pointer.y + POINTER_LENGTH + LABEL_GAP);
  return { ring, pointer, label: { x: labelX, y: labelY } };
}

/** The dimming path: the whole viewport with the ring cut out (even-odd fill). */
export function cutoutPath(ring: Box, viewport: Viewport): string {
  const outer = `M0 0H${viewport.width}V${viewport.height}H0Z`;
  const inner = `M${ring.x} ${ring.y}h${ring.width}v${ring.height}h${-ring.width}Z`;
  return `${outer}${inner}`;
}

/** A large arrow whose tip is at (0,0), pointing down; rotated 180° when it points up. */
export const POINTER_PATH = `M0 0L-30 -36H-12V-${POINTER_LENGTH}H12V-36H30Z`;

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
