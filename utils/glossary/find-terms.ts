/**
 * Finds glossary terms in a page's text without touching the page: a TreeWalker over text
 * nodes, longest form first, Korean word boundaries, and bounded work so a 20,000-element page
 * never freezes (time slices handed back to the browser between chunks, and hard caps).
 */
import termsFile from './terms.json';
import { createTermMatcher as createMatcher, type GlossaryTerm } from './term-matcher';

export type { GlossaryTerm };

export interface TermMatch {
  id: string;
  /** The text as found on the page. */
  text: string;
  node: Text;
  start: number;
  end: number;
}

export const GLOSSARY_TERMS: readonly GlossaryTerm[] = termsFile.terms;

/** The string matcher over the shipped terms (or `terms`), longest form first. */
export function createTermMatcher(terms: readonly GlossaryTerm[] = GLOSSARY_TERMS) {
  return createMatcher(terms);
}

/** Elements whose text is not page prose (or not shown). Their subtrees are skipped. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);
export interface FindTermsOptions {
  terms?: readonly GlossaryTerm[];
  /** Our own UI's host element: never scanned. */
  skip?: Element | null;
  /** Work per slice before handing control back to the page (ms). */
  sliceMs?: number;
  /** Stop after this many text nodes … */
  maxNodes?: number;
  /** … or after this much work in total (ms), whichever comes first. */
  maxWorkMs?: number;
  now?: () => number;
  /** How to wait between slices; defaults to requestIdleCallback (or a 0 ms timeout). */
  yieldToPage?: () => Promise<void>;
  signal?: AbortSignal;
}

export interface FindTermsResult {
  matches: TermMatch[];
  /** True when a cap stopped the scan before the end of the page. */
  truncated: boolean;
}

/** Scans `root` (usually document.body) and the open shadow roots inside it. */
export async function findTerms(root: Node, options: FindTermsOptions = {}): Promise<FindTermsResult> {
  const { sliceMs = 8, maxNodes = 20_000, maxWorkMs = 400, now = () => performance.now() } = options;
  const match = createTermMatcher(options.terms);
  const yieldToPage = options.yieldToPage ?? defaultYield(root.ownerDocument?.defaultView ?? globalThis);
  const matches: TermMatch[] = [];
  const roots: Node[] = [root];
  let nodes = 0;
  let work = 0;

  while (roots.length > 0) {
    const walker = createWalker(roots.shift()!, options.skip ?? null, roots);
    let sliceStart = now();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes += 1;
      const text = node.nodeValue ?? '';
      if (text.trim()) {
        for (const found of match(text)) matches.push({ ...found, node: node as Text });
      }
      const elapsed = now() - sliceStart;
      if (nodes >= maxNodes || work + elapsed >= maxWorkMs) return { matches, truncated: true };
      if (elapsed >= sliceMs) {
        work += elapsed;
        await yieldToPage();
        if (options.signal?.aborted) return { matches, truncated: true };
        sliceStart = now();
      }
    }
    work += now() - sliceStart;
  }
  return { matches, truncated: false };
}

/** The first match of each term, in page order: what the panel lists. */
export function firstOccurrences(matches: readonly TermMatch[]): TermMatch[] {
  const seen = new Set<string>();
  return matches.filter((found) => !seen.has(found.id) && seen.add(found.id));
}

function createWalker(root: Node, skip: Element | null, moreRoots: Node[]): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1; /* FILTER_ACCEPT */
      const element = node as Element;
      if (element === skip || SKIPPED_TAGS.has(element.localName) || isHidden(element)) return 2; /* FILTER_REJECT: skip subtree */
      if (element.shadowRoot) moreRoots.push(element.shadowRoot);
      return 3; /* FILTER_SKIP: look inside */
    },
  });
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // checkVisibility() is cheap in Chromium and catches display:none / content-visibility.
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' && element.localName !== 'body' && !check.call(element);
}

function defaultYield(view: object): () => Promise<void> {
  const idle = (view as Partial<Window>).requestIdleCallback?.bind(view);
  return () => new Promise((resolve) => (idle ? idle(() => resolve(), { timeout: 100 }) : setTimeout(resolve, 0)));
}
