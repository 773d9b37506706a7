/**
 * The easy-read view's content model, read from a subtree as text: headings, paragraphs, lists,
 * tables, and the links and buttons among them. Only text is taken (never markup), so nothing
 * of the page's HTML, scripts or styles can reach the view; the view rebuilds it from a short
 * list of elements. Bounded: a huge page gives the first part and says it was cut.
 */
import { sliceClock, type SliceClock } from './slices';
import { nameOf } from '@/utils/accessible-name/label';

export type Inline =
  | { kind: 'text'; text: string }
  /** A link or button of the page: its exact label, and the page's element to point at. */
  | { kind: 'action'; label: string; role: 'link' | 'button'; target: Element | null };

export interface TableCell {
  text: string;
  header: boolean;
}

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; caption: string; rows: TableCell[][] };

export interface BlockLimits {
  maxBlocks: number;
  maxChars: number;
  maxTableRows: number;
  maxTableColumns: number;
}

export const DEFAULT_LIMITS: BlockLimits = { maxBlocks: 400, maxChars: 40_000, maxTableRows: 60, maxTableColumns: 12 };

export interface BlockResult {
  blocks: Block[];
  /** A limit stopped the reading before the end of the content. */
  truncated: boolean;
}

export interface BlockOptions {
  limits?: Partial<BlockLimits>;
  /** The page's own element for an action found in `root` (the same element when `root` is live). */
  pageElement?: (element: Element) => Element | null;
  /** Skip page furniture (navigation, header, footer): reading a live region rather than an article. */
  skipFurniture?: boolean;
  clock?: SliceClock;
}

/** Never read: not text, or not shown. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'input',
  'select',
  'textarea',
  'option',
  'datalist',
  'dialog',
  'head',
  'dotbogi-overlay',
]);
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside']);
/** Elements whose text forms one block of its own. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figcaption',
  'address',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'legend',
  'form',
  'fieldset',
  'body',
]);
const HEADING = /^h([1-6])$/;
const BUTTON_INPUT = new Set(['button', 'submit', 'reset', 'image']);

const collapse = (text: string) => text.replace(/\s+/g, ' ');
/** The most text one paragraph of the view holds (see the text branch of readBlocks). */
export const PARAGRAPH_CHARS = 1500;

/** True for the page's links and buttons (and the marks the extractor leaves on them). */
export function isAction(element: Element): boolean {
  const tag = element.localName;
  if (tag === 'a') return element.hasAttribute('href') || element.hasAttribute('data-dotbogi-action');
  if (tag === 'button') return true;
  if (tag === 'input') return BUTTON_INPUT.has((element.getAttribute('type') ?? '').toLowerCase());
  const role = element.getAttribute('role');
  return role === 'button' || role === 'link';
}

/** What a link or button is called, as the overlay and the guides call it (utils/accessible-name). */
export function actionLabel(element: Element): string {
  return nameOf(element);
}

function hidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/** Reads `root` into blocks, handing the main thread back between slices. */
export async function readBlocks(root: Element, options: BlockOptions = {}): Promise<BlockResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const clock = options.clock ?? sliceClock();
  const pageElement = options.pageElement ?? ((element: Element) => element);
  const doc = root.ownerDocument;
  const blocks: Block[] = [];
  let chars = 0;
  let truncated = false;

  // The block being filled, and the element whose text it holds.
  let container: Element | null = null;
  let inlines: Inline[] = [];
  let pending = 0;

  const room = () => blocks.length < limits.maxBlocks && chars < limits.maxChars;
  const push = (block: Block, size: number) => {
    if (!room()) return void (truncated = true);
    blocks.push(block);
    chars += size;
  };
  const flush = () => {
    const owner = container;
    const parts = inlines;
    container = null;
    inlines = [];
    pending = 0;
    if (!owner || !parts.some((part) => (part.kind === 'text' ? part.text.trim() : part.label))) return;
    trimEnds(parts);
    const size = parts.reduce((sum, part) => sum + (part.kind === 'text' ? part.text.length : part.label.length), 0);
    const heading = HEADING.exec(owner.localName);
    if (heading) return push({ kind: 'heading', level: Number(heading[1]), text: plainText(parts) }, size);
    if (owner.localName === 'li') {
      const list = owner.parentElement;
      const previous = blocks.at(-1);
      // Items of one list gather in one block; each item is one line of it.
      if (previous?.kind === 'list' && listOf.get(previous) === list) {
        previous.items.push(parts);
        chars += size;
        return;
      }
      const block: Block = { kind: 'list', ordered: list?.localName === 'ol', items: [parts] };
      listOf.set(block, list);
      return push(block, size);
    }
    push({ kind: 'paragraph', inlines: parts }, size);
  };
  const listOf = new WeakMap<Block, Element | null>();
  const blockOf = (node: Node): Element => {
    let element = node.parentElement;
    while (element && element !== root && !BLOCK.has(element.localName)) element = element.parentElement;
    return element ?? root;
  };
  const add = (owner: Element, inline: Inline) => {
    if (owner !== container) {
      flush();
      container = owner;
    }
    inlines.push(inline);
    pending += inline.kind === 'text' ? inline.text.length : inline.label.length;
  };

  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const skipChildren = (node: Node): Node | null => {
    walker.currentNode = node;
    let next = walker.nextSibling();
    while (!next && walker.parentNode()) next = walker.nextSibling();
    return next;
  };

  let node: Node | null = walker.nextNode();
  while (node && room()) {
    if (clock.due()) await clock.yield();
    if (node.nodeType === 3) {
      const remaining = limits.maxChars - chars - pending;
      let text = (node as Text).data;
      if (text.length > remaining) {
        text = text.slice(0, Math.max(0, remaining));
        truncated = true;
      }
      const owner = blockOf(node);
      // A wall of text (one huge text node) becomes paragraphs of a bounded size, cut at a space,
      // so drawing any one of them stays a short task.
      while (text.length > PARAGRAPH_CHARS) {
        const space = text.lastIndexOf(' ', PARAGRAPH_CHARS);
        const cut = space > PARAGRAPH_CHARS / 2 ? space : PARAGRAPH_CHARS;
        add(owner, { kind: 'text', text: collapse(text.slice(0, cut)) });
        flush();
        text = text.slice(cut);
        if (clock.due()) await clock.yield();
      }
      if (text) add(owner, { kind: 'text', text: collapse(text) });
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    const tag = element.localName;
    if (SKIP.has(tag) || hidden(element) || (options.skipFurniture && FURNITURE.has(tag))) {
      node = skipChildren(element);
      continue;
    }
    if (isAction(element)) {
      const label = actionLabel(element);
      const target = pageElement(element);
      const named = target?.getAttribute('role');
      const role = named === 'button' || (named !== 'link' && target?.localName !== 'a') ? 'button' : 'link';
      if (label) add(blockOf(element), { kind: 'action', label, role, target });
      node = skipChildren(element);
      continue;
    }
    if (tag === 'table') {
      flush();
      const table = readTable(element as HTMLTableElement, limits);
      if (table.truncated) truncated = true;
      if (table.block.rows.length > 0) push(table.block, table.size);
      node = skipChildren(element);
      continue;
    }
    if (tag === 'br' || BLOCK.has(tag)) flush();
    node = walker.nextNode();
  }
  if (node) truncated = true;
  flush();
  return { blocks, truncated };
}

function plainText(parts: Inline[]): string {
  return parts
    .map((part) => (part.kind === 'text' ? part.text : part.label))
    .join('')
    .trim();
}

function trimEnds(parts: Inline[]) {
  const first = parts[0];
  if (first?.kind === 'text') first.text = first.text.trimStart();
  const last = parts.at(-1);
  if (last?.kind === 'text') last.text = last.text.trimEnd();
}

/** A table as text cells, kept as a table: the first rows and columns, up to the limits. */
function readTable(
  table: HTMLTableElement,
  limits: BlockLimits,
): { block: Extract<Block, { kind: 'table' }>; size: number; truncated: boolean } {
  const rows: TableCell[][] = [];
  let size = 0;
  let truncated = false;
  const all = table.rows;
  const count = Math.min(all.length, limits.maxTableRows);
  if (all.length > count) truncated = true;
  for (let index = 0; index < count; index++) {
    const row = all[index]!;
    const cells: TableCell[] = [];
    const columns = Math.min(row.cells.length, limits.maxTableColumns);
    if (row.cells.length > columns) truncated = true;
    for (let column = 0; column < columns; column++) {
      const cell = row.cells[column]!;
      const text = collapse(cell.textContent ?? '')
        .trim()
        .slice(0, 400);
      cells.push({ text, header: cell.localName === 'th' || row.parentElement?.localName === 'thead' });
      size += text.length;
    }
    if (cells.some((cell) => cell.text)) rows.push(cells);
  }
  const caption = collapse(table.caption?.textContent ?? '').trim();
  return { block: { kind: 'table', caption, rows }, size: size + caption.length, truncated };
}
