import { describe, expect, it } from 'vitest';
import { CALLOUT_GAP, placeCallout, type Rect } from './place-callout';

const viewport = { width: 1280, height: 900 };
const callout = { width: 400, height: 200 };

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('placeCallout', () => {
  it('puts the callout after the field in reading order (right in LTR)', () => {
    const field = { x: 200, y: 300, width: 300, height: 48 };
    expect(placeCallout(field, callout, viewport, 'ltr')).toEqual({ x: 500 + CALLOUT_GAP, y: 300, side: 'end' });
  });

  it('puts it on the left in RTL', () => {
    const field = { x: 700, y: 300, width: 300, height: 48 };
    expect(placeCallout(field, callout, viewport, 'rtl')).toEqual({ x: 700 - CALLOUT_GAP - 400, y: 300, side: 'end' });
  });

  it('flips to the other side near the right edge', () => {
    const field = { x: 900, y: 300, width: 300, height: 48 };
    const placement = placeCallout(field, callout, viewport, 'ltr')!;
    expect(placement.side).toBe('start');
    expect(placement.x + callout.width).toBeLessThanOrEqual(field.x);
  });

  it('goes below a wide field, and above one at the bottom of the screen', () => {
    const wide = { x: 100, y: 200, width: 1000, height: 48 };
    expect(placeCallout(wide, callout, viewport, 'ltr')).toMatchObject({ side: 'below', y: 248 + CALLOUT_GAP });
    const low = { x: 100, y: 800, width: 1000, height: 48 };
    expect(placeCallout(low, callout, viewport, 'ltr')).toMatchObject({ side: 'above', y: 800 - CALLOUT_GAP - 200 });
  });

  it('never covers the field and stays on screen, even on a small viewport', () => {
    const small = { width: 360, height: 640 };
    for (const field of [
      { x: 10, y: 10, width: 340, height: 40 },
      { x: 10, y: 590, width: 340, height: 40 },
      { x: 10, y: 300, width: 340, height: 40 },
    ]) {
      const size = { width: 340, height: 180 };
      const placement = placeCallout(field, size, small, 'ltr')!;
      expect(overlaps({ ...placement, ...size }, field)).toBe(false);
      expect(placement.x).toBeGreaterThanOrEqual(0);
      expect(placement.x + size.width).toBeLessThanOrEqual(small.width);
    }
  });

  it('scrolls above or below the field when a zoomed, narrow window has no room for the whole callout', () => {
    const zoomed = { width: 640, height: 450 };
    const field = { x: 252, y: 170, width: 158, height: 24 };
    const tall = { width: 420, height: 400 };
    const placement = placeCallout(field, tall, zoomed, 'ltr')!;
    expect(placement.side).toBe('below');
    expect(placement.y).toBe(194 + CALLOUT_GAP);
    expect(placement.maxHeight).toBe(450 - 194 - CALLOUT_GAP - 8);
    expect(placement.x).toBeGreaterThanOrEqual(0);
    expect(placement.x + tall.width).toBeLessThanOrEqual(zoomed.width);
    const low = placeCallout({ ...field, y: 300 }, tall, zoomed, 'rtl')!;
    expect(low).toMatchObject({ side: 'above', y: 300 - CALLOUT_GAP - low.maxHeight! });
    expect(low.y).toBeGreaterThanOrEqual(0);
  });

  it('keeps a side callout inside the viewport vertically', () => {
    const field = { x: 100, y: 880, width: 200, height: 40 };
    const placement = placeCallout(field, { width: 300, height: 200 }, viewport, 'ltr')!;
    expect(placement.side).toBe('end');
    expect(placement.y + 200).toBeLessThanOrEqual(viewport.height);
  });

  it('hides when the field has scrolled out of view', () => {
    expect(placeCallout({ x: 100, y: -200, width: 200, height: 40 }, callout, viewport, 'ltr')).toBeNull();
    expect(placeCallout({ x: 100, y: 1000, width: 200, height: 40 }, callout, viewport, 'ltr')).toBeNull();
  });
});
