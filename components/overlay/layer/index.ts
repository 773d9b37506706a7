/**
 * The highlight layer, shared by every overlay feature that points at something on the page
 * (page summary, read aloud, guides), and the placement of everything we float over the page
 * (./placement.ts): createHighlightLayer(parent) → { highlight(target, { label, scroll, dim }),
 * clearHighlight(), current, keepClear(elements), float('card' | 'callout', element, field?),
 * launcher(element, home, move), guideField, destroy() };
 * inside the overlay's Preact tree use `useHighlightLayer()`.
 */
export { createHighlightLayer, type HighlightLayer, type HighlightOptions, type HighlightTarget } from './highlight-layer';
export { HighlightLayerContext, useHighlightLayer } from './context';
export type { Corner, LauncherPlacement } from './placement';
export { default as LAYER_CSS } from './layer.css?inline';
