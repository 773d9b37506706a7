/**
 * The highlight layer, shared by every overlay feature that points at something on the page
 * (page summary, read aloud, guides). Stable API: createHighlightLayer(parent) →
 * { highlight(target, { label, scroll }), clearHighlight(), current, destroy() };
 * inside the overlay's Preact tree use `useHighlightLayer()`.
 */
export { createHighlightLayer, type HighlightLayer, type HighlightOptions, type HighlightTarget } from './highlight-layer';
export { HighlightLayerContext, useHighlightLayer } from './context';
export { default as LAYER_CSS } from './layer.css?inline';
