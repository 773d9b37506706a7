/**
 * The only change Dotbogi ever makes to a page: stylesheets the user asked for, each a single
 * <style> element with a known id that is removed when the user turns the option off. No page
 * element's attributes are edited. Both step aside under `forced-colors` (the user's own
 * high-contrast theme wins) and never touch our own UI (dotbogi-overlay).
 */
import type { ContrastMode } from '@/utils/storage/items';

export const TEXT_SPACING_ID = 'dotbogi-text-spacing';
export const CONTRAST_ID = 'dotbogi-contrast';

const PAGE = ':where(body, body *):not(dotbogi-overlay)';

/** WCAG 1.4.12 text spacing, rounded up: roomier lines, letters, words and paragraphs. */
const TEXT_SPACING_CSS = `@media not (forced-colors: active) {
  ${PAGE} { line-height: 1.8 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  :where(body p, body li, body dd):not(dotbogi-overlay) { margin-block-end: 1em !important; }
}`;

const MEDIA = 'img, picture, video, canvas, iframe, svg, embed, object, [style*="background-image"]';

const CONTRAST_CSS: Record<Exclude<ContrastMode, 'normal'>, string> = {
  // Strong colours on black; images keep their own colours (only background colours change).
  high: `@media not (forced-colors: active) {
  html { background-color: #000 !important; }
  ${PAGE} { background-color: #000 !important; color: #fff !important; border-color: #fff !important; text-shadow: none !important; box-shadow: none !important; }
  :where(body a, body a *):not(dotbogi-overlay) { color: #ffeb3b !important; text-decoration: underline !important; }
  :where(body button, body input, body select, body textarea, body [role="button"]):not(dotbogi-overlay) { color: #fff !important; border: 2px solid #ffeb3b !important; }
  :where(body ::placeholder) { color: #ccc !important; }
}`,
  // Inverted page, images turned back so photos and logos look right. The filter sits on body,
  // not html, so our own UI (a child of html) keeps its colours and its fixed position; html's
  // explicit background stops body's background from moving to the canvas, uninverted.
  dark: `@media not (forced-colors: active) {
  html { background-color: #000 !important; }
  body { filter: invert(1) hue-rotate(180deg) !important; }
  :where(${MEDIA}) { filter: invert(1) hue-rotate(180deg) !important; }
  :where(${MEDIA}) :where(${MEDIA}) { filter: none !important; }
}`,
};

export function setTextSpacing(doc: Document, on: boolean) {
  setStyle(doc, TEXT_SPACING_ID, on ? TEXT_SPACING_CSS : null);
}

export function setContrast(doc: Document, mode: ContrastMode) {
  setStyle(doc, CONTRAST_ID, mode === 'normal' ? null : CONTRAST_CSS[mode]);
}

function setStyle(doc: Document, id: string, css: string | null) {
  const existing = doc.getElementById(id);
  if (css === null) {
    existing?.remove();
    return;
  }
  const style = existing instanceof doc.defaultView!.HTMLStyleElement ? existing : doc.createElement('style');
  style.id = id;
  if (style.textContent !== css) style.textContent = css;
  // After the page's own styles so equal-specificity rules lose to ours (we also use !important).
  if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
}
