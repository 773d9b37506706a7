/**
 * Marks hard words on the page without touching its DOM: the CSS Custom Highlight API paints
 * ranges, and one <style> element (only while the user has "hard words" on) holds the
 * `::highlight()` rule, which must live in the page's own document scope to reach page text.
 */
import type { TermMatch } from './find-terms';

export const TERM_HIGHLIGHT = 'dotbogi-term';
export const TERM_STYLE_ID = 'dotbogi-term-style';

const TERM_CSS = `::highlight(${TERM_HIGHLIGHT}) { text-decoration: underline wavy #0b50d0 2px; text-underline-offset: 4px; background-color: rgb(255 235 59 / 0.35); }
@media (forced-colors: active) { ::highlight(${TERM_HIGHLIGHT}) { text-decoration: underline wavy Highlight 2px; background-color: transparent; } }`;

type HighlightApi = { highlights: Map<string, unknown> };
type HighlightConstructor = new (...ranges: Range[]) => unknown;

/** A live Range for a match, or null when the page has since changed that text. */
export function rangeOf(doc: Document, match: TermMatch): Range | null {
  if (!match.node.isConnected || (match.node.nodeValue ?? '').slice(match.start, match.end) !== match.text) return null;
  const range = doc.createRange();
  range.setStart(match.node, match.start);
  range.setEnd(match.node, match.end);
  return range;
}

/** True where the browser can paint highlights (Chromium 105+, Safari 17.2+, Firefox 140+). */
export function canMarkTerms(view: Window): boolean {
  const css = (view as unknown as { CSS?: Partial<HighlightApi> }).CSS;
  return !!css?.highlights && typeof (view as unknown as { Highlight?: unknown }).Highlight === 'function';
}

/** Paints `matches`; pass null to remove every trace (the style element and the highlight). */
export function setTermMarks(doc: Document, matches: readonly TermMatch[] | null): number {
  const view = doc.defaultView;
  if (!view || !canMarkTerms(view)) return 0;
  const registry = (view as unknown as { CSS: HighlightApi }).CSS.highlights;
  if (matches === null) {
    registry.delete(TERM_HIGHLIGHT);
    doc.getElementById(TERM_STYLE_ID)?.remove();
    return 0;
  }
  const Highlight = (view as unknown as { Highlight: HighlightConstructor }).Highlight;
  const ranges = matches.map((match) => rangeOf(doc, match)).filter((range): range is Range => range !== null);
  registry.set(TERM_HIGHLIGHT, new Highlight(...ranges));
  let style = doc.getElementById(TERM_STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = TERM_STYLE_ID;
    style.textContent = TERM_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  return ranges.length;
}

/** The match under a viewport point, if any (for hover and tap). */
export function termAtPoint(
  doc: Document,
  byNode: ReadonlyMap<Node, readonly TermMatch[]>,
  x: number,
  y: number,
): { match: TermMatch; range: Range } | null {
  const position = caretAt(doc, x, y);
  if (!position) return null;
  for (const match of byNode.get(position.node) ?? []) {
    if (position.offset < match.start || position.offset > match.end) continue;
    const range = rangeOf(doc, match);
    // The caret API answers with the nearest text even beside it: check the point is on the word.
    if (
      range &&
      Array.from(range.getClientRects()).some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)
    ) {
      return { match, range };
    }
  }
  return null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function indexByNode(matches: readonly TermMatch[]): Map<Node, TermMatch[]> {
  const byNode = new Map<Node, TermMatch[]>();
  for (const match of matches) {
    const list = byNode.get(match.node) ?? [];
    list.push(match);
    byNode.set(match.node, list);
  }
  return byNode;
}
