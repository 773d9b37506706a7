/**
 * The one placement routine for everything the overlay floats over a page: the highlight's
 * ring, arrow and label, the guide's step card, the field help callout and the launcher.
 *
 * Pure and synchronous (a few hundred rectangle tests), so the layer can run it every frame a
 * page moves. Everything is in screen coordinates: the visible part of the page (the visual
 * viewport) with its top-left corner at 0,0.
 *
 * How: each item has a few candidate boxes; every combination is scored and the cheapest wins.
 * Covering the target, our own controls (card, callout, launcher) or the arrow and label is
 * practically forbidden; covering a keep-clear zone (a live session timer, the values a person
 * must check, an issued document) is expensive; a card that must scroll, a launcher away from its
 * corner, or a label below rather than above costs a little. The previous layout gets a bonus, so
 * nothing flips back and forth between two nearly equal choices.
 */
import { POINTER_LENGTH, type Box } from './geometry';

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
/** Which way the arrow points (towards the target). */
export type PointerDirection = 'down' | 'up' | 'left' | 'right';

export interface Size {
  width: number;
  height: number;
}

export interface CardSize extends Size {
  /** Head, the step and what explains it (its field help), and the button row: the card's wish. */
  minHeight: number;
  /** Head, two lines of the step and the button row: below this it would hide its own controls. */
  leastHeight: number;
}

export interface CalloutSize {
  width: number;
  /** Its height with all its text, then with less secondary text (privacy line, then hints). */
  heights: number[];
  /** The field it explains. */
  field: Box;
}

export interface LauncherPlacement {
  corner: Corner;
  compact: boolean;
}

export interface ScrollRoom {
  up: number;
  down: number;
}

export interface LauncherSize extends Size {
  home: Corner;
  /** Distance from the screen's edges. */
  inset: number;
}

export interface LayoutInput {
  screen: Size;
  /** The element pointed at (its client rect in screen coordinates), if any. */
  target: Box | null;
  /** The label beside the arrow, if there is text in it. */
  label: Size | null;
  keepClear: Box[];
  /** Our own boxes placed elsewhere (the open panel, a folded bottom sheet): nothing may go under them. */
  blocked?: Box[];
  /** The page's own floating controls (a fixed 도움말 button in a corner): the launcher never covers them. */
  pageControls?: Box[];
  card: CardSize | null;
  callout: CalloutSize | null;
  launcher: LauncherSize | null;
  dir: 'ltr' | 'rtl';
  /** How far the page can scroll up and down from here (px): the room the layout may ask for. */
  scroll?: ScrollRoom;
  /** The layout shown now: kept unless a clearly better one exists. */
  previous?: Layout | null;
}

export interface CardPlacement {
  box: Box;
  /** The edge it is docked to. */
  edge: 'top' | 'bottom';
  /** Shorter than its content: the step text scrolls above the fixed button row. */
  scrolls: boolean;
}

export interface CalloutPlacement {
  box: Box;
  side: 'end' | 'start' | 'below' | 'above';
  /** How much secondary text is left out: 0 none, 1 the privacy line, 2 the hints too. */
  trim: number;
  scrolls: boolean;
}

export interface Layout {
  ring: Box | null;
  pointer: { x: number; y: number; direction: PointerDirection; length: number } | null;
  label: Box | null;
  card: CardPlacement | null;
  /** Null when the field is out of view: the callout hides rather than float over other content. */
  callout: CalloutPlacement | null;
  /**
   * Where the launcher goes while something floats: another corner, and/or folded to its round
   * icon (its name stays for screen readers). Null: home, as it is.
   */
  launcher: LauncherPlacement | null;
  /**
   * How far to scroll the page (down, in px; negative = up) so the target and its label fit in
   * the room the card leaves; 0 when they already do. The layer applies it a bounded number of times.
   */
  scrollBy: number;
}

export const RING_PADDING = 8;
const SHORT_POINTER = 40;
const POINTER_HALF_WIDTH = 30;
const GAP = 8;
/** Margin between our boxes and the screen's edges. */
export const EDGE = 8;

// Costs. Overlaps are counted in px² of the smaller box's area, weighted.
const FORBIDDEN = 1000;
const KEEP_CLEAR = 10;
const PER_HIDDEN_PX = 4;
const BELOW_WISH_PX = 40;
/** An arrow without its label: the card still names the label, so this beats covering what must be read. */
const NO_LABEL = 15000;
const POINTINGS_TRIED = 8;
const LAUNCHER_MOVED = 3000;
const LAUNCHER_FOLDED = 1200;
/** Leaving out a level of secondary text beats making the person scroll for it. */
const TRIM_STEP = 1000;
const SCROLLING = 2000;
const PREVIOUS_BONUS = 1500;
const MAX_BONUS = PREVIOUS_BONUS * (1 + 1 / 3 + 1 / 3);
/** Moving the page costs this much per px, and less than this is not worth a scroll. */
const SCROLL_PX = 3;
const MIN_SCROLL = 16;

/**
 * The best layout, allowing the page to be scrolled (within what it can scroll) so the target
 * sits where the card leaves room: each candidate scroll is laid out in full, and scrolling costs
 * a little per px, so the page moves only when that makes the layout clearly better.
 */
export function layoutOverlay(input: LayoutInput): Layout {
  const room = input.scroll ?? { up: 0, down: 0 };
  const shifts = new Set([0]);
  if (input.target && input.card) {
    const ring = pad(input.target, RING_PADDING);
    // The target down at the far bottom (the card above it), or up at the top (the card below).
    shifts.add(Math.round(Math.min(room.up, Math.max(0, input.screen.height - EDGE - (ring.y + ring.height)))));
    shifts.add(-Math.round(Math.min(room.down, Math.max(0, ring.y - EDGE))));
  }
  let best: { cost: number; layout: Layout } | null = null;
  for (const shift of shifts) {
    if (shift !== 0 && Math.abs(shift) < MIN_SCROLL) continue;
    // Anything dearer than the best so far (scrolling included) is not looked at twice.
    const found = searchAt(input, shift, best ? best.cost - SCROLL_PX * Math.abs(shift) : Infinity);
    if (!found) continue;
    // What must be read counts as covered when scrolled out of view, and as gained when scrolled in.
    const cost =
      found.cost +
      SCROLL_PX * Math.abs(shift) +
      KEEP_CLEAR * (inView(input.keepClear, 0, input.screen) - inView(input.keepClear, shift, input.screen));
    if (!best || cost < best.cost) best = { cost, layout: { ...found.layout, scrollBy: shift ? -shift : 0 } };
  }
  return best?.layout ?? searchAt(input, 0, Infinity)!.layout;
}

/** How much of the keep-clear zones is on screen, with the page's content moved down by `shift`. */
function inView(zones: Box[], shift: number, screen?: Size): number {
  return zones.reduce(
    (sum, zone) =>
      sum + overlapArea({ ...zone, y: zone.y + shift }, { x: 0, y: 0, width: screen?.width ?? 1e6, height: screen?.height ?? 1e6 }),
    0,
  );
}

/** Lays everything out as if the page's content were moved down by `shift` px (up when negative). */
function searchAt(input: LayoutInput, shift: number, bound: number): { cost: number; layout: Layout } | null {
  const { screen } = input;
  const moved = (box: Box): Box => ({ ...box, y: box.y + shift });
  const screenBox = { x: 0, y: 0, width: screen.width, height: screen.height };
  const shiftedTarget = input.target && moved(input.target);
  const target = shiftedTarget && intersects(shiftedTarget, screenBox) ? shiftedTarget : null;
  const ring = target ? pad(target, RING_PADDING) : null;
  const zones = input.keepClear.map(moved).filter((zone) => intersects(zone, screenBox));
  const blocked = (input.blocked ?? []).filter((box) => intersects(box, screenBox));

  // The arrow and label (around the target), card, launcher and callout are chosen together:
  // a shorter arrow or a label beside the target may be what leaves the card its room.
  // The few cheapest first (a label placed badly on its own is rarely made good by the rest), so
  // the search stays well under a millisecond or two and can stop early.
  const pointings = ring
    ? pointerCandidates(ring, input.label, screen, [...zones, ...blocked], input.previous)
        .sort((a, b) => a.cost - b.cost)
        .slice(0, POINTINGS_TRIED)
    : [null];
  const launchers = input.launcher ? launcherCandidates(input.launcher, screen) : [null];
  const shiftedCallout = input.callout && { ...input.callout, field: moved(input.callout.field) };
  const fieldInView = shiftedCallout && intersects(shiftedCallout.field, screenBox) ? shiftedCallout : null;
  const callouts = fieldInView ? calloutCandidates(fieldInView, screen, input.dir) : [null];

  type Choice = {
    cost: number;
    pointing: PointerCandidate | null;
    card: CardCandidate | null;
    launcher: LauncherCandidate | null;
    callout: CalloutCandidate | null;
  };
  let best = null as Choice | null;
  // Beaten from the start by a layout found earlier (another scroll): prune against that too.
  const beaten = (cost: number) => cost - slack >= Math.min(bound, best?.cost ?? Infinity);
  // The previous layout's bonus can lower a total by at most this much: prune only beyond it.
  const slack = input.previous ? MAX_BONUS : 0;
  for (const pointing of pointings) {
    const drawnBoxes = [ring, pointing?.pointerBox, pointing?.label].filter((box): box is Box => !!box);
    const protectedBoxes = [...drawnBoxes, ...blocked];
    const pointingCost = pointing?.cost ?? 0;
    if (beaten(pointingCost)) continue;
    const cards = input.card ? cardCandidates(input.card, screen, protectedBoxes, zones, input.dir) : [null];
    // What each launcher corner and callout costs on its own, for this arrow and label.
    // The panel opens beside the launcher: only what we draw over the page counts against it.
    const launcherCosts = launchers.map((launcher) =>
      launcher ? launcher.cost + overlapCost(launcher.box, [...drawnBoxes, ...(input.pageControls ?? [])], zones) : 0,
    );
    const calloutCosts = callouts.map((callout) =>
      callout ? callout.cost + overlapCost(callout.placement.box, [...protectedBoxes, fieldInView!.field], zones) : 0,
    );
    for (const card of cards) {
      const cardCost = pointingCost + (card ? card.cost + overlapCost(card.placement.box, protectedBoxes, zones) : 0);
      if (beaten(cardCost)) continue;
      launchers.forEach((launcher, l) => {
        let cost = cardCost + launcherCosts[l]!;
        if (launcher && card) cost += FORBIDDEN * overlapArea(launcher.box, card.placement.box);
        if (beaten(cost)) return;
        callouts.forEach((callout, c) => {
          let total = cost + calloutCosts[c]!;
          if (callout) {
            if (card) total += FORBIDDEN * overlapArea(callout.placement.box, card.placement.box);
            if (launcher) total += FORBIDDEN * overlapArea(callout.placement.box, launcher.box);
          }
          total -= previousBonus(input.previous, card, launcher, callout);
          if (!best || total < best.cost) best = { cost: total, pointing, card, launcher, callout };
        });
      });
    }
  }

  if (!best) return null;
  const pointing = best.pointing;
  const card = best.card?.placement ?? null;
  const chosen = best.launcher;
  const launcher =
    chosen && (chosen.corner !== input.launcher?.home || chosen.compact) ? { corner: chosen.corner, compact: chosen.compact } : null;
  return {
    cost: best.cost,
    layout: {
      ring,
      pointer: pointing?.pointer ?? null,
      label: pointing?.label ?? null,
      card,
      callout: best.callout?.placement ?? null,
      launcher,
      scrollBy: 0,
    },
  };
}

// --- The arrow and its label ---------------------------------------------------------------

interface Pointing {
  pointer: NonNullable<Layout['pointer']>;
  pointerBox: Box;
  label: Box | null;
}

interface PointerCandidate extends Pointing {
  cost: number;
}

function pointerCandidates(
  ring: Box,
  label: Size | null,
  screen: Size,
  zones: Box[],
  previous: Layout | null | undefined,
): PointerCandidate[] {
  const candidates: PointerCandidate[] = [];
  const directions: [PointerDirection, number][] = [
    ['down', 0],
    ['up', 60],
    ['left', 120],
    ['right', 120],
  ];
  for (const [direction, preference] of directions) {
    const vertical = direction === 'down' || direction === 'up';
    for (const length of [POINTER_LENGTH, SHORT_POINTER]) {
      // Beside the target, the label may line up with its middle, its top or its bottom.
      for (const align of vertical ? (['center'] as const) : (['center', 'top', 'bottom'] as const)) {
        // Where no place is free for the label, the arrow alone still points (the card names the label).
        for (const shown of label ? [label, null] : [null]) {
          const pointing = pointerAt(ring, direction, length, shown, screen, align);
          let cost = preference + (length === POINTER_LENGTH ? 0 : 40) + (align === 'center' ? 0 : 20) + (label && !shown ? NO_LABEL : 0);
          for (const box of [pointing.pointerBox, ...(pointing.label ? [pointing.label] : [])]) {
            cost += FORBIDDEN * outside(box, screen) + FORBIDDEN * overlapArea(box, ring);
            for (const zone of zones) cost += KEEP_CLEAR * overlapArea(box, zone);
          }
          if (previous?.pointer?.direction === direction && previous.pointer.length === length) cost -= PREVIOUS_BONUS / 10;
          candidates.push({ ...pointing, cost });
        }
      }
    }
  }
  return candidates;
}

function pointerAt(
  ring: Box,
  direction: PointerDirection,
  length: number,
  label: Size | null,
  screen: Size,
  align: 'center' | 'top' | 'bottom' = 'center',
): Pointing {
  const vertical = direction === 'down' || direction === 'up';
  const cx = clamp(ring.x + ring.width / 2, EDGE + POINTER_HALF_WIDTH, screen.width - EDGE - POINTER_HALF_WIDTH);
  // Beside the target, the arrow lines up with the label: with its middle, its top or its bottom.
  const middle =
    align === 'top'
      ? ring.y + POINTER_HALF_WIDTH
      : align === 'bottom'
        ? ring.y + ring.height - POINTER_HALF_WIDTH
        : ring.y + ring.height / 2;
  const cy = clamp(middle, EDGE + POINTER_HALF_WIDTH, screen.height - EDGE - POINTER_HALF_WIDTH);
  const tip =
    direction === 'down'
      ? { x: cx, y: ring.y - 4 }
      : direction === 'up'
        ? { x: cx, y: ring.y + ring.height + 4 }
        : direction === 'left'
          ? { x: ring.x + ring.width + 4, y: cy }
          : { x: ring.x - 4, y: cy };
  const pointerBox = vertical
    ? { x: tip.x - POINTER_HALF_WIDTH, y: direction === 'down' ? tip.y - length : tip.y, width: POINTER_HALF_WIDTH * 2, height: length }
    : { x: direction === 'left' ? tip.x : tip.x - length, y: tip.y - POINTER_HALF_WIDTH, width: length, height: POINTER_HALF_WIDTH * 2 };
  let labelBox: Box | null = null;
  if (label) {
    const { width, height } = label;
    const x = vertical
      ? clamp(cx - width / 2, EDGE, screen.width - EDGE - width)
      : direction === 'left'
        ? pointerBox.x + length + GAP
        : pointerBox.x - GAP - width;
    const y = vertical
      ? direction === 'down'
        ? pointerBox.y - GAP - height
        : pointerBox.y + length + GAP
      : clamp(
          align === 'top' ? ring.y : align === 'bottom' ? ring.y + ring.height - height : cy - height / 2,
          EDGE,
          screen.height - EDGE - height,
        );
    labelBox = { x, y, width, height };
  }
  return { pointer: { ...tip, direction, length }, pointerBox, label: labelBox };
}

// --- The step card -------------------------------------------------------------------------

interface CardCandidate {
  placement: CardPlacement;
  cost: number;
}

function cardCandidates(card: CardSize, screen: Size, protectedBoxes: Box[], zones: Box[], dir: 'ltr' | 'rtl'): CardCandidate[] {
  const width = Math.min(card.width, screen.width - 2 * EDGE);
  const tallest = Math.max(Math.min(card.height, screen.height - 2 * EDGE), Math.min(card.minHeight, screen.height - 2 * EDGE));
  const lowest = Math.min(card.leastHeight, tallest);
  const wished = Math.min(card.minHeight, tallest);
  const startX = dir === 'ltr' ? EDGE : screen.width - EDGE - width;
  const endX = dir === 'ltr' ? screen.width - EDGE - width : EDGE;
  const candidates: CardCandidate[] = [];
  for (const x of startX === endX ? [endX] : [endX, startX]) {
    const columns = (box: Box) => box.x < x + width && x < box.x + box.width;
    for (const edge of ['top', 'bottom'] as const) {
      // Where the card may start: at the edge, or just past a keep-clear zone that sits there.
      const starts = [EDGE];
      for (const zone of zones.filter(columns)) {
        const past = edge === 'top' ? zone.y + zone.height + GAP : screen.height - zone.y + GAP;
        if (past > EDGE && past < screen.height / 3) starts.push(past);
      }
      for (const start of starts) {
        // How tall it may grow before reaching what it must not cover.
        const room = (boxes: Box[]) =>
          boxes.filter(columns).reduce(
            (limit, box) => {
              const distance = edge === 'top' ? box.y - GAP - start : screen.height - (box.y + box.height) - GAP - start;
              const behind = edge === 'top' ? box.y + box.height <= start : box.y >= screen.height - start;
              return behind ? limit : Math.min(limit, distance);
            },
            screen.height - start - EDGE,
          );
        const heights = new Set([tallest, wished, lowest, room(protectedBoxes), room([...protectedBoxes, ...zones])]);
        const clamped = new Set([...heights].map((raw) => clamp(raw, lowest, Math.min(tallest, screen.height - start - EDGE))));
        for (const height of clamped) {
          const y = edge === 'top' ? start : screen.height - start - height;
          candidates.push({
            placement: { box: { x, y, width, height }, edge, scrolls: height < card.height - 1 },
            cost:
              PER_HIDDEN_PX * Math.max(0, card.height - height) +
              // Below its wish (the field help out of view) costs more, yet less than covering the target.
              BELOW_WISH_PX * Math.max(0, wished - height) +
              (start === EDGE ? 0 : 50) +
              (x === endX ? 0 : 30),
          });
        }
      }
    }
  }
  return candidates;
}

// --- The launcher --------------------------------------------------------------------------

interface LauncherCandidate {
  corner: Corner;
  compact: boolean;
  box: Box;
  cost: number;
}

function launcherCandidates(launcher: LauncherSize, screen: Size): LauncherCandidate[] {
  const corners: Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
  return corners.flatMap((corner) =>
    [false, true].map((compact) => {
      const [vertical, horizontal] = corner.split('-');
      // Folded, it is its round icon: as wide as it is high.
      const width = compact ? launcher.height : launcher.width;
      const x = horizontal === 'left' ? launcher.inset : screen.width - launcher.inset - width;
      const y = vertical === 'top' ? launcher.inset : screen.height - launcher.inset - launcher.height;
      const cost = (corner === launcher.home ? 0 : LAUNCHER_MOVED) + (compact ? LAUNCHER_FOLDED : 0);
      return { corner, compact, box: { x, y, width, height: launcher.height }, cost };
    }),
  );
}

// --- The field help callout ----------------------------------------------------------------

interface CalloutCandidate {
  placement: CalloutPlacement;
  cost: number;
}

function calloutCandidates(callout: CalloutSize, screen: Size, dir: 'ltr' | 'rtl'): CalloutCandidate[] {
  const { field } = callout;
  const width = Math.min(callout.width, screen.width - 2 * EDGE);
  const endIsRight = dir === 'ltr';
  const candidates: CalloutCandidate[] = [];
  callout.heights.forEach((full, trim) => {
    const height = Math.min(full, screen.height - 2 * EDGE);
    const besideY = clamp(field.y, EDGE, screen.height - EDGE - height);
    const alignedX = clamp(endIsRight ? field.x : field.x + field.width - width, EDGE, screen.width - EDGE - width);
    const right = { x: field.x + field.width + GAP + 4, y: besideY };
    const left = { x: field.x - GAP - 4 - width, y: besideY };
    const sides: [CalloutPlacement['side'], { x: number; y: number }, number][] = [
      ['end', endIsRight ? right : left, height],
      ['start', endIsRight ? left : right, height],
      ['below', { x: alignedX, y: field.y + field.height + GAP + 4 }, height],
      ['above', { x: alignedX, y: field.y - GAP - 4 - height }, height],
    ];
    for (const [side, point, tall] of sides) {
      // Above or below a field, a callout that does not fit scrolls inside the room there.
      let y = point.y;
      let boxHeight = tall;
      if (side === 'below') boxHeight = Math.max(Math.min(tall, screen.height - EDGE - y), Math.min(tall, 120));
      if (side === 'above') {
        boxHeight = Math.max(Math.min(tall, field.y - GAP - 4 - EDGE), Math.min(tall, 120));
        y = field.y - GAP - 4 - boxHeight;
      }
      const box = {
        x: clamp(point.x, EDGE, screen.width - EDGE - width),
        y: clamp(y, EDGE, screen.height - EDGE - boxHeight),
        width,
        height: boxHeight,
      };
      const hidden = full - boxHeight;
      candidates.push({
        placement: { box, side, trim, scrolls: hidden > 1 },
        cost:
          trim * TRIM_STEP + (hidden > 1 ? SCROLLING + PER_HIDDEN_PX * hidden : 0) + ['end', 'start', 'below', 'above'].indexOf(side) * 20,
      });
    }
  });
  return candidates;
}

// --- Shared --------------------------------------------------------------------------------

function previousBonus(
  previous: Layout | null | undefined,
  card: CardCandidate | null,
  launcher: LauncherCandidate | null,
  callout: CalloutCandidate | null,
): number {
  if (!previous) return 0;
  let bonus = 0;
  if (card && previous.card && previous.card.edge === card.placement.edge && previous.card.box.x === card.placement.box.x) {
    bonus += PREVIOUS_BONUS;
  }
  const shown = previous.launcher ?? null;
  if (launcher && (shown ? shown.corner === launcher.corner && shown.compact === launcher.compact : !launcher.cost))
    bonus += PREVIOUS_BONUS / 3;
  if (callout && previous.callout && previous.callout.side === callout.placement.side && previous.callout.trim === callout.placement.trim) {
    bonus += PREVIOUS_BONUS / 3;
  }
  return bonus;
}

function overlapCost(box: Box, forbidden: Box[], zones: Box[]): number {
  let cost = 0;
  for (const other of forbidden) cost += FORBIDDEN * overlapArea(box, other);
  for (const zone of zones) cost += KEEP_CLEAR * overlapArea(box, zone);
  return cost;
}

export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Area of `box` outside the screen. */
function outside(box: Box, screen: Size): number {
  return box.width * box.height - overlapArea(box, { x: 0, y: 0, width: screen.width, height: screen.height });
}

function pad(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
