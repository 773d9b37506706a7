import { cutoutPath, POINTER_LENGTH, POINTER_PATH, type Box } from './geometry';
import {
  EDGE,
  layoutOverlay,
  type CalloutSize,
  type CardSize,
  type Corner,
  type LauncherPlacement,
  type Layout,
  type LayoutInput,
} from './placement';
import { readScreen, screenSize, toScreenRect, watchScreen } from '../screen';
import { watchPress } from './press';

/** Anything with a client rect: an element, or a Range (e.g. the sentence being read aloud). */
export type HighlightTarget = Element | Range;

export interface HighlightOptions {
  /** Short text shown next to the pointer (already translated). */
  label?: string;
  /** Scroll the target into view first (default true). */
  scroll?: boolean;
  /** Darken the rest of the page (default true). Off where the person must read the page itself. */
  dim?: boolean;
  /** The target left the page (the page replaced it): the caller may look for it again. */
  onLost?: () => void;
}

/** Our own boxes the layer places: the guide's step card and the field help callout. */
export type FloatKind = 'card' | 'callout';

export interface HighlightLayer {
  /** Points at `target` on our own layer; replaces any previous highlight. */
  highlight(target: HighlightTarget, options?: HighlightOptions): void;
  /** Removes the highlight (the page is untouched either way). */
  clearHighlight(): void;
  /** The target currently highlighted, if any. */
  readonly current: HighlightTarget | null;
  /**
   * Page areas the person must be able to read while we point (a live session timer, the values
   * to check, an issued document): nothing of ours covers them when it can be helped, and they
   * are never dimmed. Replaces the previous list.
   */
  keepClear(elements: Element[]): void;
  /**
   * Hands one of our floating boxes to the placement routine, which sizes and moves it every
   * frame the page moves. A callout names the field it explains. Returns the release function.
   */
  float(kind: FloatKind, element: HTMLElement, field?: Element): () => void;
  /**
   * The launcher: while something is pointed at or floats, the layer may send it to another
   * corner or fold it to its icon (`move({ corner, compact })`), and back home as it was
   * (`move(null)`) when it no longer has to.
   */
  launcher(element: HTMLElement, home: Corner, move: (placement: LauncherPlacement | null) => void): () => void;
  /** The form field the guide card is explaining: the field help callout leaves it to the card. */
  guideField: Element | null;
  /** Removes the layer and its listeners. */
  destroy(): void;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Layouts in a row that change something with no outside cause (our own boxes resizing) before the layer stops following them. */
const SELF_CHANGES = 4;
/** Scrolls the layer may make per target to put it in the room beside the card, at most one per ROOM_SCROLL_MS. */
const ROOM_SCROLLS = 4;
const ROOM_SCROLL_MS = 400;
/** In the step card: the part that scrolls, and how much of it (px) must stay visible. */
const SCROLLER = '[data-scroll]';
/** Where the launcher's corners are probed for the page's own floating controls (fractions of its box). */
const GRID = [0.02, 0.25, 0.5, 0.75, 0.98].flatMap((fx) => [0.1, 0.5, 0.9].map((fy) => [fx, fy] as const));
/** A line of the step text (with the "more" button beside it): the least the card ever shows of it. */
const LEAST_TEXT = 50;

interface Floating {
  element: HTMLElement;
  field?: Element;
}

/**
 * Creates the highlight layer inside `parent` (our shadow root's container): an SVG cut-out over
 * the page with a thick outline, a large pointer and a label, and the coordinator of our floating
 * boxes, all placed by one routine (./placement.ts). The page's DOM and styles are never touched;
 * the layer ignores pointer events so the page stays usable under it.
 *
 * Every outside change (scroll, resize, the visual viewport moving, the page changing, the target
 * resizing) schedules at most one layout per frame; a layout writes only what changed, and our own
 * boxes resizing because of it can cause only a few more layouts (no flicker loops).
 * Needs layer.css (LAYER_CSS) in the same shadow root. Give it a parent Preact does not render
 * into (start-overlay appends it next to the app's root), or Preact would diff it away.
 */
export function createHighlightLayer(parent: Element | ShadowRoot, win: Window = window): HighlightLayer {
  const doc = win.document;
  const root = doc.createElement('div');
  root.className = 'dotbogi-layer';
  root.hidden = true;
  // The panel announces what is shown; the drawing itself is decoration for sighted users.
  root.setAttribute('aria-hidden', 'true');
  const svg = doc.createElementNS(SVG, 'svg');
  const dim = svgElement(doc, 'path', 'dim');
  const ringOuter = svgElement(doc, 'rect', 'ring-outer');
  const ring = svgElement(doc, 'rect', 'ring');
  const pointer = svgElement(doc, 'path', 'pointer');
  pointer.setAttribute('d', POINTER_PATH);
  svg.append(dim, ringOuter, ring, pointer);
  const label = doc.createElement('div');
  label.className = 'label';
  root.append(svg, label);
  parent.appendChild(root);

  let current: HighlightTarget | null = null;
  let options: HighlightOptions = {};
  let zones: Element[] = [];
  let guideField: Element | null = null;
  /** The page's floating controls in the launcher's corners: they stay put while the page scrolls, so looked for only now and then. */
  let pageControls: Box[] = [];
  const findPageControls = () => {
    if (!launcherState) return (pageControls = []);
    const screen = readScreen(win);
    const size = screenSize(screen);
    const launcher = measureLauncher(launcherState, size, toScreenRect(launcherState.element.getBoundingClientRect(), screen));
    pageControls = pageControlsAt(launcher, size, screen);
  };
  const floats = new Map<FloatKind, Floating>();
  let launcherState: { element: HTMLElement; home: Corner; move: (placement: LauncherPlacement | null) => void; fullWidth: number } | null =
    null;
  let previous: Layout | null = null;
  let written = '';
  let frame = 0;
  let outsideCause = true;
  let selfChanges = 0;
  let roomScrolls = 0;
  let lastRoomScroll = 0;
  let roomTimer: ReturnType<typeof setTimeout> | undefined;
  let listening = false;
  const Observer = (win as unknown as typeof globalThis).ResizeObserver;
  const MutationObserverClass = (win as unknown as typeof globalThis).MutationObserver;
  const resized = Observer ? new Observer(() => schedule(false)) : null;
  const mutated = MutationObserverClass ? new MutationObserverClass(() => schedule()) : null;
  // Our own UI coming and going (the panel opening, a bottom sheet folding): only added or removed
  // nodes, so the layer's own writes (styles, attributes) do not wake it.
  const ownChanges = MutationObserverClass ? new MutationObserverClass(() => schedule()) : null;
  let stopWatchingScreen = () => {};
  /** A target whose scroll into view waits for the person's press to end (./press.ts). */
  let scrollAfterPress: HighlightTarget | null = null;
  const press = watchPress(win, () => {
    if (scrollAfterPress && scrollAfterPress === current) scrollToTarget(scrollAfterPress, win);
    scrollAfterPress = null;
    if (active()) schedule();
  });

  const active = () => current !== null || floats.size > 0;

  function schedule(outside = true) {
    if (outside) outsideCause = true;
    if (!frame) frame = win.requestAnimationFrame(() => layout());
  }

  function listen() {
    if (listening) return;
    listening = true;
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    // A pinch, a pan, a rotation or the on-screen keyboard moves the visible area (../screen.ts).
    stopWatchingScreen = watchScreen(win, () => schedule());
    if (doc.body) mutated?.observe(doc.body, { childList: true, subtree: true, attributes: true, characterData: true });
    ownChanges?.observe(parent, { childList: true, subtree: true });
  }
  function unlisten() {
    if (!listening) return;
    listening = false;
    doc.removeEventListener('scroll', onScroll, { capture: true });
    stopWatchingScreen();
    mutated?.disconnect();
    ownChanges?.disconnect();
    clearTimeout(roomTimer);
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  }
  function onScroll() {
    schedule();
  }
  function observeAll() {
    resized?.disconnect();
    const element = current && (isRange(current) ? current.startContainer.parentElement : current);
    if (element) resized?.observe(element);
    for (const { element: box } of floats.values()) resized?.observe(box);
    if (launcherState) resized?.observe(launcherState.element);
  }
  function refresh() {
    findPageControls();
    if (active()) {
      listen();
      observeAll();
      layout();
    } else {
      unlisten();
      resized?.disconnect();
      previous = null;
      written = '';
      placeLauncherAlone();
    }
  }

  /** Nothing floats: the launcher goes home, unless it would cover one of the page's own floating controls there. */
  function placeLauncherAlone() {
    if (!launcherState) return;
    const screen = readScreen(win);
    const size = screenSize(screen);
    const rectOf = (element: Element) => toScreenRect(element.getBoundingClientRect(), screen);
    const launcher = measureLauncher(launcherState, size, rectOf(launcherState.element));
    const result = layoutOverlay({
      screen: size,
      target: null,
      label: null,
      keepClear: [],
      card: null,
      callout: null,
      launcher,
      pageControls,
      dir: 'ltr',
    });
    launcherState.move(result.launcher);
  }

  /**
   * The page's own controls that float in the corners where the launcher may stand (a fixed
   * 도움말 button): found by what is under the middle of each corner, skipping our own host.
   */
  function pageControlsAt(
    launcher: { width: number; height: number; inset: number },
    size: { width: number; height: number },
    screen: ReturnType<typeof readScreen>,
  ) {
    const found: Box[] = [];
    const seen = new Set<Element>();
    const corners: [boolean, boolean][] = [
      [true, true],
      [false, true],
      [true, false],
      [false, false],
    ];
    for (const [right, bottom] of corners) {
      const left = right ? size.width - launcher.inset - launcher.width : launcher.inset;
      const top = bottom ? size.height - launcher.inset - launcher.height : launcher.inset;
      // A grid over it: a small round help button may sit under any part of it.
      for (const [fx, fy] of GRID) {
        // Back to the page's own coordinates for the hit test.
        const pageX = (left + fx * launcher.width) / screen.scale + screen.left;
        const pageY = (top + fy * launcher.height) / screen.scale + screen.top;
        for (const element of doc.elementsFromPoint?.(pageX, pageY) ?? []) {
          if (element.localName === 'dotbogi-overlay' || element === doc.body || element === doc.documentElement) continue;
          const control = element.closest('a[href], button, [role="button"]');
          if (control && !seen.has(control) && staysOnScreen(control, win)) {
            seen.add(control);
            found.push(toScreenRect(control.getBoundingClientRect(), screen));
          }
          break;
        }
      }
    }
    return found;
  }

  /** Reads every size and position, runs the placement routine, writes what changed. */
  function layout() {
    frame = 0;
    if (!active()) return;
    if (current && !isRange(current) && !current.isConnected) {
      const lost = options.onLost;
      clear();
      lost?.();
      return;
    }
    // All in the frame's px: what the person sees, at any page scale (../screen.ts).
    const screen = readScreen(win);
    const size = screenSize(screen);
    const rectOf = (element: Element | Range) => toScreenRect(element.getBoundingClientRect(), screen);
    const card = floats.get('card');
    // The guide card explains the field its step is about: no second box for the same field.
    const callout = floats.get('callout')?.field === guideField && floats.has('card') ? undefined : floats.get('callout');
    const input: LayoutInput = {
      screen: size,
      target: current ? rectOf(current) : null,
      label: current && label.textContent ? { width: label.offsetWidth, height: label.offsetHeight } : null,
      keepClear: zones.filter((zone) => zone.isConnected).map((zone) => toScreenRect(contentRect(zone, win), screen)),
      blocked: [...parent.querySelectorAll('.panel')].map(rectOf),
      card: card ? measureCard(card.element) : null,
      callout: callout?.field?.isConnected ? measureCallout(callout.element, rectOf(callout.field)) : null,
      launcher: launcherState ? measureLauncher(launcherState, size, rectOf(launcherState.element)) : null,
      pageControls,
      scroll: scrollRoom(win, screen.scale),
      dir: (root.closest('[dir]')?.getAttribute('dir') ?? doc.documentElement.dir) === 'rtl' ? 'rtl' : 'ltr',
      previous,
    };
    // The page may be scrolled for room only when the layer may scroll now (bounded, spaced out).
    const allowed = mayScroll();
    const result = layoutOverlay(allowed ? input : { ...input, scroll: { up: 0, down: 0 } });
    const signature = JSON.stringify(result);
    const changed = signature !== written;
    selfChanges = outsideCause ? 0 : changed ? selfChanges + 1 : 0;
    outsideCause = false;
    roomFor(result, screen.scale);
    // Our boxes keep resizing each other with no outside cause: hold still until the page moves.
    if (!changed || selfChanges > SELF_CHANGES) return;
    written = signature;
    previous = result;
    write(result, input);
  }

  /**
   * Scrolls the page as the placement asked, so the target sits where the card leaves it room.
   * Bounded (a page that scrolls itself back, or cannot scroll, is not fought over) and spaced
   * out, so the sizes it was computed from have settled; a later layout is scheduled for then.
   */
  function mayScroll(): boolean {
    if (!current || roomScrolls >= ROOM_SCROLLS || press.held) return false;
    const wait = lastRoomScroll + ROOM_SCROLL_MS - Date.now();
    if (wait <= 0) return true;
    clearTimeout(roomTimer);
    roomTimer = setTimeout(() => schedule(), wait);
    return false;
  }

  function roomFor(result: Layout, scale: number) {
    if (!result.scrollBy) return;
    roomScrolls += 1;
    lastRoomScroll = Date.now();
    win.scrollBy({ top: result.scrollBy / scale, behavior: 'instant' as ScrollBehavior });
  }

  function write(result: Layout, input: LayoutInput) {
    const { width, height } = input.screen;
    if (result.ring) {
      const ringBox = result.ring;
      const holes = input.keepClear;
      dim.setAttribute('d', cutoutPath(ringBox, { width, height }) + holes.map(holePath).join(''));
      dim.style.display = options.dim === false ? 'none' : '';
      for (const rectangle of [ringOuter, ring]) {
        rectangle.setAttribute('x', String(ringBox.x));
        rectangle.setAttribute('y', String(ringBox.y));
        rectangle.setAttribute('width', String(ringBox.width));
        rectangle.setAttribute('height', String(ringBox.height));
        rectangle.setAttribute('rx', '10');
      }
      svg.style.display = '';
    } else svg.style.display = 'none';
    if (result.pointer) {
      const { x, y, direction, length } = result.pointer;
      const turn = { down: 0, up: 180, left: 90, right: -90 }[direction];
      pointer.setAttribute('transform', `translate(${x} ${y}) rotate(${turn}) scale(1 ${length / POINTER_LENGTH})`);
      pointer.setAttribute('data-direction', direction);
      pointer.style.display = '';
    } else pointer.style.display = 'none';
    label.style.left = `${result.label?.x ?? -9999}px`;
    label.style.top = `${result.label?.y ?? -9999}px`;

    const card = floats.get('card')?.element;
    if (card) {
      if (result.card) {
        const { box, edge, scrolls } = result.card;
        place(card, box, true);
        card.dataset.edge = edge;
        card.toggleAttribute('data-scrolls', scrolls);
      }
    }
    const callout = floats.get('callout')?.element;
    if (callout) {
      if (result.callout) {
        place(callout, result.callout.box, result.callout.scrolls);
        callout.dataset.trim = String(result.callout.trim);
        callout.dataset.side = result.callout.side;
        callout.style.visibility = '';
      } else callout.style.visibility = 'hidden';
    }
    launcherState?.move(result.launcher);
  }

  function clear() {
    current = null;
    options = {};
    roomScrolls = 0;
    root.hidden = true;
    label.textContent = '';
    refresh();
  }

  return {
    highlight(target, next = {}) {
      current = target;
      options = next;
      roomScrolls = 0;
      label.textContent = next.label ?? '';
      root.hidden = false;
      scrollAfterPress = null;
      if (next.scroll !== false) {
        if (press.held) scrollAfterPress = target;
        else scrollToTarget(target, win);
      }
      outsideCause = true;
      refresh();
    },
    clearHighlight: clear,
    get current() {
      return current;
    },
    keepClear(elements) {
      zones = elements;
      if (active()) schedule();
    },
    float(kind, element, field) {
      const entry = { element, field };
      floats.set(kind, entry);
      outsideCause = true;
      refresh();
      return () => {
        if (floats.get(kind) !== entry) return;
        floats.delete(kind);
        refresh();
      };
    },
    launcher(element, home, move) {
      const state = { element, home, move, fullWidth: 0 };
      launcherState = state;
      refresh();
      // A resize can bring a page's floating control under the launcher's corner. Looked for once
      // a frame at most (dragging a window's edge sends many resize events; each look is ~60 hit tests).
      let pending = 0;
      const onResize = () => {
        if (pending) return;
        pending = win.requestAnimationFrame(() => {
          pending = 0;
          findPageControls();
          if (!active()) placeLauncherAlone();
        });
      };
      win.addEventListener('resize', onResize, { passive: true });
      return () => {
        win.removeEventListener('resize', onResize);
        if (pending) win.cancelAnimationFrame(pending);
        if (launcherState !== state) return;
        launcherState = null;
        move(null);
      };
    },
    get guideField() {
      return guideField;
    },
    set guideField(field) {
      guideField = field;
      if (active()) schedule();
    },
    destroy() {
      press.stop();
      floats.clear();
      clear();
      root.remove();
    },
  };
}

/**
 * Natural and smallest heights of the step card: its scrolling part (`data-scroll`) may shrink to
 * `data-min-scroll` px (the card's wish) or, when nothing else leaves the target in view, to
 * `data-least-scroll` px (what it cannot do without), or a line of text where it does not say.
 */
function measureCard(card: HTMLElement): CardSize {
  const scroller = card.querySelector<HTMLElement>(SCROLLER);
  const chrome = card.offsetHeight - (scroller?.clientHeight ?? 0);
  const content = scroller?.scrollHeight ?? 0;
  const wish = Math.min(content, Number(scroller?.dataset.minScroll ?? 0));
  const least = Math.min(wish, Math.max(LEAST_TEXT, Number(scroller?.dataset.leastScroll) || 0));
  return { width: card.offsetWidth, height: chrome + content, minHeight: chrome + wish, leastHeight: chrome + least };
}

/** The callout's height with all its text, then without each level of secondary text (`data-trim-level`). */
function measureCallout(callout: HTMLElement, field: Box): CalloutSize {
  const trim = callout.dataset.trim;
  const maxHeight = callout.style.maxHeight;
  // Measured whole: untrimmed and unclamped for this read, restored at once (no paint between).
  callout.dataset.trim = '0';
  callout.style.maxHeight = 'none';
  const full = callout.offsetHeight;
  const heights = [full];
  let less = full;
  for (const level of [1, 2]) {
    for (const part of callout.querySelectorAll<HTMLElement>(`[data-trim-level="${level}"]`)) less -= outerHeight(part);
    heights.push(less);
  }
  if (trim === undefined) delete callout.dataset.trim;
  else callout.dataset.trim = trim;
  callout.style.maxHeight = maxHeight;
  return { width: callout.offsetWidth, heights, field };
}

/** Its size unfolded (remembered while it is folded to its icon) and its distance from the edges. */
function measureLauncher(
  state: { element: HTMLElement; home: Corner; fullWidth: number },
  size: { width: number; height: number },
  box: Box,
) {
  const { element, home } = state;
  if (!element.closest('.launcher-compact')) state.fullWidth = element.offsetWidth;
  const inset = Math.max(EDGE, Math.min(box.x, size.width - box.x - box.width, box.y, size.height - box.y - box.height));
  return { width: state.fullWidth || element.offsetWidth, height: element.offsetHeight, home, inset: Number.isFinite(inset) ? inset : 24 };
}

/** How far the page itself can scroll up and down, in screen px. */
function scrollRoom(win: Window, scale: number) {
  const page = win.document.scrollingElement ?? win.document.documentElement;
  const up = win.scrollY;
  const down = Math.max(0, page.scrollHeight - win.innerHeight - win.scrollY);
  return { up: up * scale, down: down * scale };
}

/**
 * What a keep-clear element holds for reading: its box less its border and padding (a document's
 * blank margin may take the arrow's label; its words may not be covered).
 */
function contentRect(element: Element, win: Window): Box {
  const rect = element.getBoundingClientRect();
  const style = win.getComputedStyle(element);
  const side = (name: string) =>
    (parseFloat(style.getPropertyValue(`padding-${name}`)) || 0) + (parseFloat(style.getPropertyValue(`border-${name}-width`)) || 0);
  const left = side('left');
  const top = side('top');
  return {
    x: rect.x + left,
    y: rect.y + top,
    width: Math.max(0, rect.width - left - side('right')),
    height: Math.max(0, rect.height - top - side('bottom')),
  };
}

/** Whether a page element stays put on screen while the page scrolls (it or an ancestor is fixed or sticky). */
function staysOnScreen(element: Element, win: Window): boolean {
  for (let node: Element | null = element; node && node !== win.document.body; node = node.parentElement) {
    const position = win.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

function outerHeight(element: HTMLElement): number {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return element.offsetHeight + (parseFloat(style?.marginTop ?? '0') || 0) + (parseFloat(style?.marginBottom ?? '0') || 0);
}

/** Position (and height, when it must scroll); its width is its stylesheet's, which the placement measured. */
function place(element: HTMLElement, box: Box, scrolls: boolean) {
  element.style.left = `${Math.round(box.x)}px`;
  element.style.top = `${Math.round(box.y)}px`;
  element.style.maxHeight = scrolls ? `${Math.round(box.height)}px` : '';
  element.dataset.placed = '';
}

function holePath(box: Box): string {
  return `M${box.x} ${box.y}h${box.width}v${box.height}h${-box.width}Z`;
}

function isRange(target: HighlightTarget): target is Range {
  return 'startContainer' in target;
}

/** All of `box` (layout px) lies in the visible area, above an on-screen keyboard. */
function wholeInView(box: DOMRect, win: Window): boolean {
  if (!box.width && !box.height) return false;
  const view = readScreen(win);
  return box.top >= view.top && box.left >= view.left && box.bottom <= view.top + view.height && box.right <= view.left + view.width;
}

function svgElement(doc: Document, name: string, className: string): SVGElement {
  const element = doc.createElementNS(SVG, name);
  element.setAttribute('class', className);
  return element;
}

/** Brings the target to the middle of the view, unless the person can already see all of it (a page that jumps for nothing loses its reader). */
function scrollToTarget(target: HighlightTarget, win: Window) {
  const element = isRange(target) ? target.startContainer.parentElement : target;
  if (!element || wholeInView(target.getBoundingClientRect(), win)) return;
  const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
}
