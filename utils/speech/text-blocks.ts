/**
 * The page text to read aloud, as blocks (paragraphs, list items, headings) of the main content,
 * and Ranges for a piece of a block so the sentence being read can be highlighted on our layer.
 * Reads the page, never changes it.
 */

export interface TextBlock {
  element: Element;
  text: string;
}

const MAIN = 'main, [role="main"], #content, #contents, #container';
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, caption, th, td, label, legend, blockquote';
const SKIP = 'nav, header, footer, aside, script, style, noscript, template, [hidden], [aria-hidden="true"], dotbogi-overlay';

export function readableBlocks(doc: Document): TextBlock[] {
  const root = doc.querySelector(MAIN) ?? doc.body;
  if (!root) return [];
  return [...root.querySelectorAll(BLOCKS)]
    .filter((element) => !element.closest(SKIP) && !element.querySelector(BLOCKS))
    .map((element) => ({ element, text: element.textContent ?? '' }))
    .filter((block) => /[\p{L}\p{N}]/u.test(block.text));
}

/** The block containing the user's text selection, if they selected something on the page. */
export function selectedBlock(doc: Document): TextBlock | null {
  const selection = doc.getSelection();
  const text = selection?.toString().trim();
  if (!selection || !text || selection.rangeCount === 0) return null;
  const container = selection.getRangeAt(0).commonAncestorContainer;
  const element = container instanceof Element ? container : container.parentElement;
  return element ? { element, text } : null;
}

/** A Range over characters [start, end) of `element`'s textContent, or null if out of range. */
export function rangeForText(element: Element, start: number, end: number): Range | null {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}
