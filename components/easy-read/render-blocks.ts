/**
 * Turns the easy-read content model (utils/easy-read/blocks.ts) into the view's DOM: a short,
 * fixed list of elements, text set with textContent only. Long sentences become one line per
 * clause; numbers are bold and unchanged; a glossary word is explained right after its first
 * appearance; a link or button shows as its exact label in 「」 with "보여주기".
 */
import type { Block, Inline } from '@/utils/easy-read/blocks';
import { clauses, numberRuns, sentences } from '@/utils/easy-read/sentences';
import type { SliceClock } from '@/utils/easy-read/slices';
import { createTermMatcher } from '@/utils/glossary/find-terms';
import { el } from './dom';

export interface Gloss {
  /** The plain Korean explanation. */
  korean: string;
  /** The word and its explanation in the reader's language, when it is not Korean. */
  translated?: { term: string; plain: string; language: string };
}

export interface RenderOptions {
  doc: Document;
  /** The page's language (the content is in it). */
  language: string;
  t: (key: string, values?: Record<string, unknown>) => string;
  gloss: (termId: string) => Gloss | null;
  /** "보여주기" on an action. */
  onShow: (target: Element, label: string) => void;
  clock: SliceClock;
}

/** A line the reader can read aloud or translate, with the element that shows it. */
export interface Readable {
  element: HTMLElement;
  text: string;
}

export interface Rendered {
  readables: Readable[];
  /** Blocks whose text can be translated, each with the element to put the translation after. */
  translatables: Readable[];
}

// Private-use characters stand for actions inside a sentence, so splitting never cuts a label.
const ACTION_START = '\uE000';
const ACTION_END = '\uE001';
const ACTION_MARK = /\uE000(\d+)\uE001/g;

/** Renders `blocks` into `article`, in slices. */
export async function renderBlocks(article: HTMLElement, blocks: readonly Block[], options: RenderOptions): Promise<Rendered> {
  const { doc, clock } = options;
  const rendered: Rendered = { readables: [], translatables: [] };
  const matchTerms = createTermMatcher();
  const explained = new Set<string>();
  // Hard words met in the current block, explained right after it (inside a sentence, the
  // explanations would break the very sentence they are meant to help with).
  let pendingGlosses: { text: string; gloss: Gloss }[] = [];

  const inlineLines = (parts: Inline[], container: HTMLElement) => {
    const actions: Extract<Inline, { kind: 'action' }>[] = [];
    const text = parts
      .map((part) => {
        if (part.kind === 'text') return part.text.replace(/[\uE000\uE001]/g, '');
        actions.push(part);
        return `${ACTION_START}${actions.length - 1}${ACTION_END}`;
      })
      .join('');
    const lines = sentences(text).flatMap((sentence) => clauses(sentence, options.language));
    for (const line of lines) {
      const element = el(doc, 'span', { class: 'er-line' });
      let spoken = '';
      let last = 0;
      for (const match of line.matchAll(ACTION_MARK)) {
        spoken += writeText(element, line.slice(last, match.index));
        const action = actions[Number(match[1])]!;
        element.append(actionElement(action));
        spoken += ` ${action.label} `;
        last = match.index + match[0].length;
      }
      spoken += writeText(element, line.slice(last));
      container.append(element);
      rendered.readables.push({ element, text: spoken.replace(/\s+/g, ' ').trim() });
    }
    return lines.length;
  };

  /** Writes text with bold numbers and glossary notes; returns the words to read aloud. */
  const writeText = (into: HTMLElement, text: string): string => {
    let last = 0;
    for (const found of matchTerms(text)) {
      writeNumbers(into, text.slice(last, found.start));
      into.append(el(doc, 'b', { class: 'er-term' }, found.text));
      const gloss = explained.has(found.id) ? null : options.gloss(found.id);
      if (gloss) {
        explained.add(found.id);
        pendingGlosses.push({ text: found.text, gloss });
      }
      last = found.end;
    }
    writeNumbers(into, text.slice(last));
    return text;
  };
  const writeNumbers = (into: HTMLElement, text: string) => {
    for (const run of numberRuns(text))
      into.append(run.number ? el(doc, 'strong', { class: 'er-number' }, run.text) : doc.createTextNode(run.text));
  };

  /** The hard words of the block just written, each with its plain explanation (and the reader's language's). */
  const flushGlosses = () => {
    if (pendingGlosses.length === 0) return;
    const list = el(doc, 'ul', { class: 'er-glosses', 'aria-label': options.t('easyRead.glosses') });
    for (const { text, gloss } of pendingGlosses) {
      const item = el(
        doc,
        'li',
        { class: 'er-gloss' },
        el(doc, 'b', { lang: options.language }, text),
        ': ',
        el(doc, 'span', { lang: 'ko' }, gloss.korean),
      );
      if (gloss.translated) {
        const { term, plain, language } = gloss.translated;
        item.append(el(doc, 'span', { class: 'er-gloss-translated', lang: language }, `${term}: ${plain}`));
      }
      list.append(item);
    }
    pendingGlosses = [];
    article.append(list);
  };

  const actionElement = (action: Extract<Inline, { kind: 'action' }>) => {
    const quoted = `「${action.label}」`;
    const wrapper = el(doc, 'span', { class: 'er-action' }, el(doc, 'span', { class: 'er-label' }, quoted));
    wrapper.append(' ', el(doc, 'span', { class: 'er-kind' }, options.t(action.role === 'link' ? 'easyRead.link' : 'easyRead.button')));
    const target = action.target;
    if (target) {
      const show = el(
        doc,
        'button',
        { type: 'button', class: 'er-show', 'aria-label': options.t('page.showItem', { name: quoted }) },
        options.t('page.show'),
      );
      show.addEventListener('click', () => options.onShow(target, action.label));
      wrapper.append(' ', show);
    }
    return wrapper;
  };

  for (const block of blocks) {
    if (clock.due()) await clock.yield();
    if (block.kind === 'heading') {
      // The view's own title is an h2 and the page's title an h3: the page's headings go below.
      const heading = el(doc, `h${Math.min(6, block.level + 3)}`, { class: 'er-heading' });
      writeText(heading, block.text);
      article.append(heading);
      rendered.readables.push({ element: heading, text: block.text });
      rendered.translatables.push({ element: heading, text: block.text });
    } else if (block.kind === 'paragraph') {
      const paragraph = el(doc, 'p', { class: 'er-paragraph' });
      const lines = inlineLines(block.inlines, paragraph);
      if (lines > 1) paragraph.classList.add('er-split');
      article.append(paragraph);
      rendered.translatables.push({ element: paragraph, text: plain(block.inlines) });
    } else if (block.kind === 'list') {
      const list = el(doc, block.ordered ? 'ol' : 'ul', { class: 'er-list' });
      for (const item of block.items) {
        const entry = el(doc, 'li');
        inlineLines(item, entry);
        list.append(entry);
        rendered.translatables.push({ element: entry, text: plain(item) });
      }
      article.append(list);
    } else {
      article.append(await tableElement(block, options));
    }
    flushGlosses();
  }
  return rendered;
}

function plain(parts: Inline[]): string {
  return parts
    .map((part) => (part.kind === 'text' ? part.text : `「${part.label}」`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A table stays a table (scrolling sideways in its own box, reachable by keyboard). */
async function tableElement(block: Extract<Block, { kind: 'table' }>, options: RenderOptions): Promise<HTMLElement> {
  const { doc, t, clock } = options;
  const label = block.caption || t('easyRead.table');
  const box = el(doc, 'div', { class: 'er-table', role: 'region', 'aria-label': label, tabindex: '0' });
  const table = el(doc, 'table');
  if (block.caption) table.append(el(doc, 'caption', {}, block.caption));
  const body = el(doc, 'tbody');
  for (const [rowIndex, row] of block.rows.entries()) {
    if (clock.due()) await clock.yield();
    const line = el(doc, 'tr');
    row.forEach((cell, column) => {
      if (!cell.header) return line.append(el(doc, 'td', {}, ...numberNodes(doc, cell.text)));
      line.append(el(doc, 'th', { scope: rowIndex === 0 ? 'col' : column === 0 ? 'row' : 'col' }, cell.text));
    });
    body.append(line);
  }
  table.append(body);
  box.append(table);
  return box;
}

function numberNodes(doc: Document, text: string): Node[] {
  return numberRuns(text).map((run) => (run.number ? el(doc, 'strong', { class: 'er-number' }, run.text) : doc.createTextNode(run.text)));
}
