import { cutoutPath, layoutHighlight, POINTER_PATH } from './geometry';
import { readScreen, screenSize, toScreenRect, watchScreen } from '../screen';

/** Anything with a client rect: an element, or a Range (e.g. the sentence being read aloud). */
export type HighlightTarget = Element | Range;

export interface HighlightOptions {
  /** Short text shown next to the pointer (already translated). */
  label?: string;
  /** Scroll the target into view first (default true). */
  scroll?: boolean;
}

export interface HighlightLayer {
  /** Points at `target` on our own layer; replaces any previous highlight. */
  highlight(target: HighlightTarget, options?: HighlightOptions): void;
  /** Removes the highlight (the page is untouched either way). */
  clearHighlight(): void;
  /** The target currently highlighted, if any. */
  readonly current: HighlightTarget | null;
  /** Removes the layer and its listeners. */
  destroy(): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Creates the highlight layer inside `parent` (our shadow root's container): an SVG cut-out over
 * the page with a thick outline, a large pointer and a label, positioned from
 * getBoundingClientRect and following scroll, resize, pinch and pan. The page's DOM and styles are never
 * touched; the layer ignores pointer events so the page stays usable under it.
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
  let frame = 0;
  let resizeObserver: ResizeObserver | null = null;
  let unwatchScreen = () => {};

  const draw = () => {
    frame = 0;
    if (!current) return;
    if (!isRange(current) && !current.isConnected) return clear();
    // In the frame's px (../screen.ts): the layer keeps its size at any page scale.
    const screen = readScreen(win);
    const rect = toScreenRect(current.getBoundingClientRect(), screen);
    const viewport = screenSize(screen);
    const geometry = layoutHighlight(rect, viewport, { width: label.offsetWidth, height: label.offsetHeight });
    dim.setAttribute('d', cutoutPath(geometry.ring, viewport));
    for (const rectangle of [ringOuter, ring]) {
      rectangle.setAttribute('x', String(geometry.ring.x));
      rectangle.setAttribute('y', String(geometry.ring.y));
      rectangle.setAttribute('width', String(geometry.ring.width));
      rectangle.setAttribute('height', String(geometry.ring.height));
      rectangle.setAttribute('rx', '10');
    }
    const turn = geometry.pointer.direction === 'up' ? ' rotate(180)' : '';
    pointer.setAttribute('transform', `translate(${geometry.pointer.x} ${geometry.pointer.y})${turn}`);
    label.style.left = `${geometry.label.x}px`;
    label.style.top = `${geometry.label.y}px`;
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(draw);
  };

  const listen = () => {
    doc.addEventListener('scroll', schedule, { capture: true, passive: true });
    // A pinch or pan moves the visible area, and our frame with it.
    unwatchScreen = watchScreen(win, schedule);
  };
  const unlisten = () => {
    doc.removeEventListener('scroll', schedule, { capture: true });
    unwatchScreen();
    resizeObserver?.disconnect();
    resizeObserver = null;
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  };

  function clear() {
    current = null;
    unlisten();
    root.hidden = true;
    label.textContent = '';
  }

  return {
    highlight(target, { label: text = '', scroll = true } = {}) {
      unlisten();
      current = target;
      label.textContent = text;
      root.hidden = false;
      if (scroll) scrollToTarget(target, win);
      listen();
      const element = isRange(target) ? target.startContainer.parentElement : target;
      const Observer = (win as unknown as typeof globalThis).ResizeObserver;
      if (element && Observer) {
        resizeObserver = new Observer(schedule);
        resizeObserver.observe(element);
      }
      draw();
    },
    clearHighlight: clear,
    get current() {
      return current;
    },
    destroy() {
      clear();
      root.remove();
    },
  };
}

function isRange(target: HighlightTarget): target is Range {
  return 'startContainer' in target;
}

function svgElement(doc: Document, name: string, className: string): SVGElement {
  const element = doc.createElementNS(SVG, name);
  element.setAttribute('class', className);
  return element;
}

function scrollToTarget(target: HighlightTarget, win: Window) {
  const element = isRange(target) ? target.startContainer.parentElement : target;
  if (!element) return;
  const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
}
