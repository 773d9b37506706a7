/**
 * Finds the element a guide step is about, from its fingerprint.
 *
 * Every candidate on the page (including open shadow roots and same-origin frames) gets a
 * weighted similarity score over the fingerprint's fields. Only a clear, unique winner is
 * accepted: score ≥ THRESHOLD and at least MARGIN ahead of the runner-up. Anything less is
 * "not found" — a guide never points at, or advances on, an element it is unsure about.
 * Pure: takes the root document (and its window for MutationObserver/timers when waiting).
 */
import type { Fingerprint } from './schema.ts';
import { factsOf, type ElementFacts } from './element-facts.ts';
import { cssSimilarity, hrefSimilarity, textSimilarity } from './similarity.ts';

export const THRESHOLD = 0.62;
export const MARGIN = 0.12;
/** How long to wait for a late element (pages that render after load). */
export const WAIT_MS = 3000;

/** Weight of each fingerprint field: names and labels say most, the CSS path least. */
export const WEIGHTS: Record<Exclude<keyof Fingerprint, never>, number> = {
  name: 3,
  label: 2,
  text: 2,
  role: 1.5,
  id: 2,
  nameAttr: 2,
  value: 1.5,
  href: 3,
  data: 1,
  tag: 1,
  type: 1,
  heading: 1,
  landmark: 0.5,
  css: 0.5,
};

/** Roles a user presses: a site may turn a link into a button between versions. */
const PRESSABLE = new Set(['button', 'link', '']);

function roleSimilarity(wanted: string, actual: string): number {
  if (wanted === actual) return 1;
  if (PRESSABLE.has(wanted) && PRESSABLE.has(actual)) return 0.6;
  if (['textbox', 'searchbox'].includes(wanted) && ['textbox', 'searchbox'].includes(actual)) return 0.8;
  return 0;
}

function typeSimilarity(wanted: string, actual: string): number {
  if (wanted === actual) return 1;
  const submitLike = ['submit', 'image', 'button'];
  if (submitLike.includes(wanted) && submitLike.includes(actual)) return 0.6;
  const textLike = ['text', 'search', 'email', 'tel', 'number', 'url', ''];
  return textLike.includes(wanted) && textLike.includes(actual) ? 0.6 : 0;
}

/** 0…1: how much `facts` look like `fingerprint` (only the fingerprint's fields count). */
export function scoreFacts(fingerprint: Fingerprint, facts: ElementFacts): number {
  let sum = 0;
  let weights = 0;
  const add = (key: keyof Fingerprint, similarity: number) => {
    sum += WEIGHTS[key] * similarity;
    weights += WEIGHTS[key];
  };
  // The accessible name may live in another field on an older copy of the page (a row header
  // instead of a <label>, text instead of aria-label): take the best of the three.
  const words = [facts.name, facts.label, facts.text];
  const bestOf = (wanted: string) => Math.max(...words.map((word) => textSimilarity(wanted, word)));
  if (fingerprint.name !== undefined) add('name', bestOf(fingerprint.name));
  if (fingerprint.label !== undefined) add('label', bestOf(fingerprint.label));
  if (fingerprint.text !== undefined) add('text', bestOf(fingerprint.text));
  if (fingerprint.role !== undefined) add('role', roleSimilarity(fingerprint.role, facts.role));
  if (fingerprint.id !== undefined) add('id', fingerprint.id === facts.id ? 1 : 0);
  if (fingerprint.nameAttr !== undefined) add('nameAttr', fingerprint.nameAttr === facts.nameAttr ? 1 : 0);
  if (fingerprint.value !== undefined) add('value', textSimilarity(fingerprint.value, facts.value));
  if (fingerprint.href !== undefined) add('href', hrefSimilarity(fingerprint.href, facts.href));
  if (fingerprint.data !== undefined) {
    const entries = Object.entries(fingerprint.data);
    add('data', entries.length ? entries.filter(([key, value]) => facts.data[key] === value).length / entries.length : 0);
  }
  if (fingerprint.tag !== undefined) add('tag', fingerprint.tag === facts.tag ? 1 : 0);
  if (fingerprint.type !== undefined) add('type', typeSimilarity(fingerprint.type, facts.type));
  if (fingerprint.heading !== undefined) add('heading', textSimilarity(fingerprint.heading, facts.heading));
  if (fingerprint.landmark !== undefined) add('landmark', fingerprint.landmark === facts.landmark ? 1 : 0);
  if (fingerprint.css !== undefined) add('css', cssSimilarity(fingerprint.css, facts.css));
  return weights === 0 ? 0 : sum / weights;
}

/** Elements a step can be about: things a user presses, fills, chooses or reads. */
const CANDIDATES =
  'a[href],button,input:not([type=hidden]),select,textarea,summary,label,[role],[onclick],[tabindex],ul,ol,img[alt],h1,h2,h3,h4,h5,h6,[contenteditable=""],[contenteditable=true]';

/** Custom elements of our own UI are never candidates (the overlay's shadow roots are ours). */
const isOurs = (element: Element) => element.tagName.toLowerCase().startsWith('dotbogi-');

/**
 * Every candidate element under `root`, descending into open shadow roots and same-origin
 * frames (cross-origin frames throw on access and are skipped: they get their own overlay).
 */
export function collectCandidates(root: Document | ShadowRoot | Element, fingerprint?: Fingerprint): Element[] {
  const found: Element[] = [];
  const selector = fingerprint?.tag ? `${CANDIDATES},${fingerprint.tag}` : CANDIDATES;
  const visit = (scope: Document | ShadowRoot | Element) => {
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      if (isOurs(element)) continue;
      if (element.matches(selector)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
      const tag = element.tagName.toLowerCase();
      if (tag === 'iframe' || tag === 'frame') {
        try {
          const inner = (element as HTMLIFrameElement).contentDocument;
          if (inner?.documentElement) visit(inner);
        } catch {
          // Cross-origin: not ours to look into.
        }
      }
    }
  };
  visit(root);
  return found.filter((element) => !element.closest('[hidden]') && !isInsideOurs(element));
}

function isInsideOurs(element: Element): boolean {
  const root = element.getRootNode();
  return 'host' in root && isOurs((root as ShadowRoot).host);
}

export interface Scored {
  element: Element;
  score: number;
}

export interface MatchResult {
  /** The accepted element, or null when no clear, unique match exists. */
  element: Element | null;
  /** Best score (0…1), for the "confidence" shown to authors and the stale-guide check. */
  score: number;
  /** Best score minus the runner-up's. */
  margin: number;
  /** The three best candidates, for authors' diagnostics. */
  top: Scored[];
}

export interface MatchOptions {
  threshold?: number;
  margin?: number;
  /** Facts already computed for this document state (many fingerprints on one unchanged page). */
  cache?: WeakMap<Element, ElementFacts>;
}

function cachedFacts(element: Element, cache: WeakMap<Element, ElementFacts> | undefined): ElementFacts {
  if (!cache) return factsOf(element);
  let facts = cache.get(element);
  if (!facts) cache.set(element, (facts = factsOf(element)));
  return facts;
}

/** Scores every candidate and accepts only a clear, unique best match. */
export function matchFingerprint(root: Document | ShadowRoot | Element, fingerprint: Fingerprint, options: MatchOptions = {}): MatchResult {
  const threshold = options.threshold ?? THRESHOLD;
  const minMargin = options.margin ?? MARGIN;
  const scored = collectCandidates(root, fingerprint)
    .map((element) => ({ element, score: scoreFacts(fingerprint, cachedFacts(element, options.cache)) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return { element: null, score: 0, margin: 0, top: [] };
  // A label wrapping its own input is the same control: it must not count as a rival.
  const rival = scored.slice(1).find((other) => !sameControl(best.element, other.element));
  const margin = best.score - (rival?.score ?? 0);
  const accepted = best.score >= threshold && margin >= minMargin;
  return { element: accepted ? best.element : null, score: best.score, margin, top: scored.slice(0, 3) };
}

function sameControl(a: Element, b: Element): boolean {
  const [label, other] = a.tagName === 'LABEL' ? [a, b] : b.tagName === 'LABEL' ? [b, a] : [null, null];
  if (!label || !other) return false;
  if (label.contains(other)) return true;
  const id = other.getAttribute('id');
  return id !== null && label.getAttribute('for') === id;
}

/**
 * Like matchFingerprint, but waits up to `timeoutMs` for the element to appear (pages that
 * render late), re-checking on DOM mutations. Resolves with the last result either way.
 */
export function waitForMatch(
  doc: Document,
  fingerprint: Fingerprint,
  options: MatchOptions & { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<MatchResult> {
  const first = matchFingerprint(doc, fingerprint, options);
  const win = doc.defaultView;
  if (first.element || !win || options.signal?.aborted) return Promise.resolve(first);
  return new Promise((resolve) => {
    let last = first;
    let pending = 0;
    const finish = () => {
      observer.disconnect();
      win.clearTimeout(timer);
      if (pending) win.clearTimeout(pending);
      options.signal?.removeEventListener('abort', finish);
      resolve(last);
    };
    const check = () => {
      pending = 0;
      last = matchFingerprint(doc, fingerprint, options);
      if (last.element) finish();
    };
    const observer = new win.MutationObserver(() => {
      // Coalesce bursts of mutations into one check.
      if (!pending) pending = win.setTimeout(check, 50);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = win.setTimeout(finish, options.timeoutMs ?? WAIT_MS);
    options.signal?.addEventListener('abort', finish);
  });
}
