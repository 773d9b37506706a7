/** Where the field helper's callout goes: beside the field, never over it, inside the viewport. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type CalloutSide = 'end' | 'start' | 'below' | 'above';

export interface CalloutPlacement {
  x: number;
  y: number;
  side: CalloutSide;
  /** Set when the callout must scroll to fit the room left above or below the field. */
  maxHeight?: number;
}

export const CALLOUT_GAP = 12;
const EDGE = 8;

/** Below this much room above or below the field, a scrolling callout would be too cramped. */
const MIN_SCROLL_ROOM = 120;

/**
 * Tries the inline end of the field first (right in LTR, left in RTL: where the eye goes next),
 * then the other side, then below and above. When no side has room for the whole callout (a
 * zoomed, narrow window) it goes above or below, whichever has more room, and scrolls inside
 * that room: still clear of the field and on screen. Returns null when the field is out of view
 * (scrolled away), so the callout hides rather than floating over other content.
 */
export function placeCallout(
  field: Rect,
  callout: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'ltr' | 'rtl',
): CalloutPlacement | null {
  const right = field.x + field.width;
  const bottom = field.y + field.height;
  if (bottom < 0 || field.y > viewport.height || right < 0 || field.x > viewport.width) return null;

  const room: Record<'left' | 'right' | 'below' | 'above', number> = {
    left: field.x - CALLOUT_GAP - EDGE,
    right: viewport.width - right - CALLOUT_GAP - EDGE,
    below: viewport.height - bottom - CALLOUT_GAP - EDGE,
    above: field.y - CALLOUT_GAP - EDGE,
  };
  const clampY = (y: number) => clamp(y, EDGE, viewport.height - callout.height - EDGE);
  const clampX = (x: number) => clamp(x, EDGE, viewport.width - callout.width - EDGE);
  const endIsRight = dir === 'ltr';

  const options: { side: CalloutSide; fits: number; place: () => { x: number; y: number } }[] = [
    { side: 'end', fits: (endIsRight ? room.right : room.left) - callout.width, place: () => beside(endIsRight) },
    { side: 'start', fits: (endIsRight ? room.left : room.right) - callout.width, place: () => beside(!endIsRight) },
    {
      side: 'below',
      fits: room.below - callout.height,
      place: () => ({ x: clampX(endIsRight ? field.x : right - callout.width), y: bottom + CALLOUT_GAP }),
    },
    {
      side: 'above',
      fits: room.above - callout.height,
      place: () => ({ x: clampX(endIsRight ? field.x : right - callout.width), y: field.y - CALLOUT_GAP - callout.height }),
    },
  ];
  function beside(toRight: boolean) {
    return { x: toRight ? right + CALLOUT_GAP : field.x - CALLOUT_GAP - callout.width, y: clampY(field.y) };
  }

  const fitting = options.find((option) => option.fits >= 0);
  if (fitting) return { ...fitting.place(), side: fitting.side };

  const below = room.below >= room.above;
  const vertical = below ? room.below : room.above;
  if (vertical >= MIN_SCROLL_ROOM) {
    const x = clampX(endIsRight ? field.x : right - callout.width);
    return below
      ? { x, y: bottom + CALLOUT_GAP, side: 'below', maxHeight: vertical }
      : { x, y: field.y - CALLOUT_GAP - vertical, side: 'above', maxHeight: vertical };
  }
  // A field taller than the window leaves no clear room: stay on screen beside it, overlapping.
  const widest = options.slice(0, 2).reduce((best, option) => (option.fits > best.fits ? option : best));
  const place = widest.place();
  return { x: clampX(place.x), y: place.y, side: widest.side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
