import { describe, expect, it } from 'vitest';
import type { Box } from './geometry';
import { layoutOverlay, overlapArea, RING_PADDING, type Layout, type LayoutInput } from './placement';

/** The 200 % window: a 1280 × 900 window at 200 % is a 640 × 450 screen. */
const ZOOMED = { width: 640, height: 450 };
const WIDE = { width: 1280, height: 900 };
const CARD = { width: 560, height: 332, minHeight: 190, leastHeight: 190 };
const LAUNCHER = { width: 150, height: 64, home: 'bottom-right' as const, inset: 24 };

function input(overrides: Partial<LayoutInput>): LayoutInput {
  return { screen: ZOOMED, target: null, label: null, keepClear: [], card: null, callout: null, launcher: null, dir: 'ltr', ...overrides };
}

function launcherBox(layout: Layout, screen = ZOOMED): Box {
  const corner = layout.launcher?.corner ?? LAUNCHER.home;
  const width = layout.launcher?.compact ? LAUNCHER.height : LAUNCHER.width;
  const [vertical, horizontal] = corner.split('-');
  return {
    x: horizontal === 'left' ? 24 : screen.width - 24 - width,
    y: vertical === 'top' ? 24 : screen.height - 24 - LAUNCHER.height,
    width,
    height: LAUNCHER.height,
  };
}

function ours(layout: Layout, screen = ZOOMED): Box[] {
  return [layout.card?.box, layout.label, layout.callout?.box, launcherBox(layout, screen)].filter((box): box is Box => !!box);
}

function inside(box: Box, screen: { width: number; height: number }) {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= screen.width && box.y + box.height <= screen.height;
}

describe('layoutOverlay', () => {
  it('at 200 %, docks the card to the edge away from the target, whole buttons and all, clear of target, label and launcher', () => {
    const target = { x: 200, y: 330, width: 240, height: 40 };
    const layout = layoutOverlay(input({ target, label: { width: 180, height: 44 }, card: CARD, launcher: LAUNCHER }));
    const card = layout.card!;
    expect(card.edge).toBe('top');
    expect(inside(card.box, ZOOMED)).toBe(true);
    // Never shorter than what keeps its controls visible.
    expect(card.box.height).toBeGreaterThanOrEqual(CARD.minHeight);
    for (const box of [layout.ring!, layout.label!]) expect(overlapArea(card.box, box)).toBe(0);
    for (const [a, b] of pairs(ours(layout))) expect(overlapArea(a, b), 'our boxes overlap').toBe(0);
    expect(overlapArea(launcherBox(layout), layout.ring!)).toBe(0);
  });

  it('scrolls the page when that is what leaves the card its room, and only as far as the page can scroll', () => {
    // Mid-screen with its arrow and label, the target leaves no room for a whole card above or below.
    const target = { x: 100, y: 150, width: 300, height: 40 };
    const tall = { ...CARD, minHeight: 300, leastHeight: 200 };
    const layout = layoutOverlay(input({ target, label: { width: 180, height: 44 }, card: tall, scroll: { up: 500, down: 500 } }));
    expect(layout.scrollBy).not.toBe(0);
    // Laid out for the page as it will be: nothing of ours over the target or its label.
    expect(overlapArea(layout.card!.box, layout.ring!)).toBe(0);
    expect(overlapArea(layout.card!.box, layout.label!)).toBe(0);
    // And once scrolled, the same layout without a further scroll.
    const after = layoutOverlay(
      input({
        target: { ...target, y: target.y - layout.scrollBy },
        label: { width: 180, height: 44 },
        card: tall,
        scroll: { up: 500, down: 500 },
      }),
    );
    expect(after.scrollBy).toBe(0);
    expect(after.card!.box).toEqual(layout.card!.box);
    // A page that cannot scroll gets the best layout as it is.
    expect(layoutOverlay(input({ target, label: { width: 180, height: 44 }, card: tall })).scrollBy).toBe(0);
  });

  it('keeps a live session timer clear, even at the cost of a shorter card', () => {
    const timer = { x: 430, y: 10, width: 190, height: 36 };
    const target = { x: 40, y: 360, width: 300, height: 40 };
    const layout = layoutOverlay(input({ target, label: { width: 160, height: 44 }, card: CARD, keepClear: [timer], launcher: LAUNCHER }));
    for (const box of ours(layout)) expect(overlapArea(box, timer)).toBe(0);
    expect(layout.card!.box.height).toBeGreaterThanOrEqual(CARD.minHeight);
  });

  it('puts the label where it does not cover the values the person must check', () => {
    // A confirmation table right above the field being pointed at.
    const values = { x: 20, y: 60, width: 600, height: 200 };
    const target = { x: 120, y: 280, width: 200, height: 36 };
    const layout = layoutOverlay(input({ target, label: { width: 120, height: 44 }, keepClear: [values] }));
    expect(layout.pointer!.direction).not.toBe('down');
    expect(overlapArea(layout.label!, values)).toBe(0);
  });

  it('on a wide screen the card floats whole in a corner and the launcher stays home', () => {
    const target = { x: 300, y: 500, width: 200, height: 40 };
    const layout = layoutOverlay(input({ screen: WIDE, target, label: { width: 180, height: 44 }, card: CARD, launcher: LAUNCHER }));
    expect(layout.card!.scrolls).toBe(false);
    expect(layout.card!.box.height).toBe(CARD.height);
    expect(layout.launcher).toBeNull();
    for (const [a, b] of pairs(ours(layout, WIDE))) expect(overlapArea(a, b)).toBe(0);
  });

  it('folds the launcher to its icon, or sends it to another corner, when it would cover the target', () => {
    const target = { x: 470, y: 370, width: 140, height: 40 };
    const layout = layoutOverlay(input({ target, launcher: LAUNCHER }));
    expect(layout.launcher).not.toBeNull();
    expect(overlapArea(launcherBox(layout), layout.ring!)).toBe(0);
  });

  it('places the field help beside its field, clear of the launcher, trimming secondary text when short of room', () => {
    const field = { x: 20, y: 300, width: 400, height: 36 };
    const callout = { width: 420, heights: [300, 250, 170], field };
    const layout = layoutOverlay(input({ callout, launcher: LAUNCHER }));
    const placed = layout.callout!;
    expect(overlapArea(placed.box, field)).toBe(0);
    expect(overlapArea(placed.box, launcherBox(layout))).toBe(0);
    expect(inside(placed.box, ZOOMED)).toBe(true);
    // 300 px above a field at y 300 does not fit: less text rather than a callout cut through.
    expect(placed.trim).toBeGreaterThan(0);
    expect(placed.scrolls).toBe(false);
  });

  it('hides the callout when its field is scrolled out of view', () => {
    const layout = layoutOverlay(
      input({ callout: { width: 420, heights: [300, 250, 170], field: { x: 20, y: -200, width: 400, height: 36 } } }),
    );
    expect(layout.callout).toBeNull();
  });

  it('keeps what it showed when nothing much changed (no flip-flop)', () => {
    const target = { x: 200, y: 225, width: 240, height: 40 };
    const first = layoutOverlay(input({ target, label: { width: 180, height: 44 }, card: CARD, launcher: LAUNCHER }));
    let previous = first;
    for (const shift of [2, -3, 1, 4, -2]) {
      previous = layoutOverlay(
        input({ target: { ...target, y: target.y + shift }, label: { width: 180, height: 44 }, card: CARD, launcher: LAUNCHER, previous }),
      );
      expect(previous.card!.edge).toBe(first.card!.edge);
      expect(previous.launcher).toBe(first.launcher);
    }
  });

  it('rings the target with padding', () => {
    const layout = layoutOverlay(input({ screen: WIDE, target: { x: 400, y: 400, width: 100, height: 50 } }));
    expect(layout.ring).toEqual({ x: 400 - RING_PADDING, y: 400 - RING_PADDING, width: 116, height: 66 });
    expect(layout.pointer!.direction).toBe('down');
  });

  it('mirrors for right-to-left: the card starts at the inline end, the left', () => {
    const layout = layoutOverlay(input({ screen: WIDE, card: CARD, dir: 'rtl' }));
    expect(layout.card!.box.x).toBe(8);
  });
});

function pairs<T>(items: T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}
