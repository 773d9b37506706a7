/**
 * Display helpers for page-derived strings (selectors, snippets, titles, URLs). They never make
 * text safe for markup — that is escaping's job — they keep it honest and readable: bidi
 * controls such as U+202E can make a snippet read differently from what the page holds, and a
 * 100 kB attribute must not swamp a report.
 */

// Bidi embeddings, overrides, isolates and marks, plus zero-width spaces. Not the zero-width
// (non-)joiners U+200C/U+200D: Devanagari, Persian and emoji need them to be written correctly.
export const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Replaces invisible and direction-changing characters with a visible ⟦U+XXXX⟧ marker. */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `⟦U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`);
}

/**
 * JSON text whose invisible and direction-changing characters are written as \u escapes: the same
 * data when parsed, but an editor, a diff or a terminal showing the file cannot be made to display
 * it in another order than it holds (JSON never has them outside strings).
 */
export function escapeInvisibleInJson(json: string): string {
  return json.replace(INVISIBLE, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** Shortens text to at most `max` characters (code points), marking the cut. */
export function clip(text: string, max: number): string {
  // A string no longer than `max` UTF-16 units has at most `max` code points: nothing to cut, and
  // no array of characters to build (reports clip thousands of snippets).
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export const MAX_SNIPPET = 600;
export const MAX_SELECTOR = 300;
export const MAX_TITLE = 200;
export const MAX_URL = 300;

/** What every view shows for evidence: visible controls, bounded length. */
export function evidence(text: string, max: number): string {
  return revealInvisible(clip(text, max));
}
