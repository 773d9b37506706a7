/**
 * Finds a page's main content for the easy-read view, without changing the page.
 *
 * Mozilla's Readability (the extractor behind Firefox's Reader View) runs on a *clone* of the
 * document. It removes buttons and rewrites some links, so before it runs every link and button
 * in the clone becomes a marked link, and the marks lead back to the page's own elements (for
 * "보여주기"). Readability is synchronous and its work grows with the page, so very large pages,
 * and pages it rejects, get the fallback instead: the largest heading-led region of the live
 * page, read in slices. Either way only text comes out (./blocks.ts).
 */
import { Readability } from '@mozilla/readability';
import { actionLabel, readBlocks, type Block, type BlockLimits, type BlockResult } from './blocks';
import { sliceClock, type SliceClock } from './slices';

/** Above this many elements Readability's one synchronous pass would be a long task: fallback. */
export const READABILITY_MAX_ELEMENTS = 3000;
/** … or above this much text (a 5 MB text node). */
export const READABILITY_MAX_TEXT = 200_000;
/** Korean says in 200 characters what English says in 500 (Readability's default threshold). */
const CHAR_THRESHOLD = 200;
/** Less text than this (links' words aside) is not a page to read. */
const MIN_TEXT = 20;

const ACTIONS =
  'a[href], button, input[type="button" i], input[type="submit" i], input[type="reset" i], input[type="image" i], [role="button"], [role="link"]';
const MAIN = 'main, [role="main"]';
const FURNITURE = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], dotbogi-overlay';

export interface ReadableContent extends BlockResult {
  title: string;
  /** The page's language (its <html lang>, else Korean). */
  language: string;
  /** Which extractor found it. */
  source: 'readability' | 'region';
}

export interface ExtractOptions {
  limits?: Partial<BlockLimits>;
  clock?: SliceClock;
}

/** The page's main content as blocks, or null when there is nothing to read. */
export async function extractReadable(doc: Document, options: ExtractOptions = {}): Promise<ReadableContent | null> {
  const clock = options.clock ?? sliceClock();
  const language = (doc.documentElement.lang || 'ko').trim();
  const title = pageTitle(doc);
  const small =
    doc.getElementsByTagName('*').length <= READABILITY_MAX_ELEMENTS && (doc.body?.textContent?.length ?? 0) <= READABILITY_MAX_TEXT;
  if (small) {
    await clock.yield();
    const found = await withReadability(doc, options.limits, clock);
    if (found && worthReading(found.result.blocks))
      return { ...found.result, title: lastCrumb(found.title) || title, language, source: 'readability' };
  }
  await clock.yield();
  const region = await largestRegion(doc, clock);
  if (!region) return null;
  const result = await readBlocks(region, { limits: options.limits, skipFurniture: true, clock });
  return worthReading(result.blocks) ? { ...result, title, language, source: 'region' } : null;
}

/** Some prose, not only a menu of links: at least a short sentence's worth of text. */
function worthReading(blocks: Block[]): boolean {
  let chars = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') chars += block.text.length;
    else if (block.kind === 'table')
      chars += block.rows.reduce((sum, row) => sum + row.reduce((cells, cell) => cells + cell.text.length, 0), 0);
    else
      for (const part of block.kind === 'list' ? block.items.flat() : block.inlines)
        if (part.kind === 'text') chars += part.text.trim().length;
    if (chars >= MIN_TEXT) return true;
  }
  return false;
}

async function withReadability(doc: Document, limits: Partial<BlockLimits> | undefined, clock: SliceClock) {
  const clone = doc.cloneNode(true) as Document;
  clone.querySelector('dotbogi-overlay')?.remove();
  // Same document order, same query, same task: the n-th action of the clone is the n-th of the page.
  const pageActions = [...doc.querySelectorAll(ACTIONS)].filter((element) => !element.closest('dotbogi-overlay'));
  const cloneActions = [...clone.querySelectorAll(ACTIONS)];
  const aligned = pageActions.length === cloneActions.length;
  cloneActions.forEach((element, index) => {
    if (!aligned) return;
    // Readability drops buttons and unlinks javascript: links: make each one a plain marked link.
    const mark = clone.createElement('a');
    mark.setAttribute('data-dotbogi-action', String(index));
    mark.setAttribute('href', '#');
    mark.textContent = actionLabel(element);
    element.replaceWith(mark);
  });
  await clock.yield();
  const article = new Readability<Node>(clone, { charThreshold: CHAR_THRESHOLD, serializer: (node) => node }).parse();
  const content = article?.content;
  if (content?.nodeType !== 1) return null;
  await clock.yield();
  const result = await readBlocks(content as Element, {
    limits,
    clock,
    pageElement: (element) => {
      const index = element.getAttribute('data-dotbogi-action');
      return index === null ? null : (pageActions[Number(index)] ?? null);
    },
  });
  return { result, title: (article?.title ?? '').trim() };
}

/**
 * The fallback: the page's main landmark when it has text, else the region led by a heading
 * (its parent) with the most text, outside navigation and footers; the body as a last resort.
 */
export async function largestRegion(doc: Document, clock: SliceClock = sliceClock()): Promise<Element | null> {
  const body = doc.body;
  if (!body) return null;
  const main = doc.querySelector(MAIN);
  if (main && textLength(main) >= 200) return main;
  let best: Element | null = null;
  let bestLength = 0;
  const seen = new Set<Element>();
  const headings = doc.querySelectorAll('h1, h2, h3');
  for (let index = 0; index < headings.length && index < 80; index++) {
    const region = headings[index]!.parentElement;
    if (!region || seen.has(region) || region.closest(FURNITURE)) continue;
    seen.add(region);
    const length = textLength(region);
    if (length > bestLength) [best, bestLength] = [region, length];
    if (clock.due()) await clock.yield();
  }
  if (best && bestLength >= 80) return best;
  return textLength(body) > 0 ? body : null;
}

/** "종합민원 > 민원안내 > 등·초본 발급 안내": a breadcrumb of a title; its last step names the page. */
function lastCrumb(title: string): string {
  return title
    .split(/\s[>›»]\s/)
    .at(-1)!
    .trim();
}

function textLength(element: Element): number {
  return element.textContent?.length ?? 0;
}

function pageTitle(doc: Document): string {
  const heading = doc.querySelector('h1');
  const text = (heading && !heading.closest(FURNITURE) ? heading.textContent : doc.title) ?? '';
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
