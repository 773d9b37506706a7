/**
 * Deterministic page mutations for testing guide matching the way real sites change between
 * versions: ids and classes renamed, element order shuffled, wrappers added, labels lightly
 * reworded, and decoys with similar text. Used by the matcher's unit test and by
 * tests/bench/guide-matching.bench.ts.
 *
 * Mutations work in place on a parsed document and keep the page's *function* intact: `name`
 * and `data-*` attributes (what the form submits and its scripts use) stay, and every id
 * reference (label[for], aria-labelledby, aria-describedby) is renamed with its id.
 */

export type MutationKind = 'rename' | 'shuffle' | 'wrap' | 'reword' | 'decoys';
export const MUTATION_KINDS: readonly MutationKind[] = ['rename', 'shuffle', 'wrap', 'reword', 'decoys'];

/** mulberry32: a small seeded PRNG, so every run mutates pages the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function body(doc: Document): Element {
  return doc.body ?? doc.documentElement;
}

/** New ids and classes everywhere; references to ids follow. */
export function renameIdsAndClasses(doc: Document, random: () => number): void {
  const token = () => Math.floor(random() * 36 ** 5).toString(36);
  const ids = new Map<string, string>();
  for (const element of Array.from(body(doc).querySelectorAll('[id]'))) {
    const renamed = `n${token()}`;
    ids.set(element.getAttribute('id')!, renamed);
    element.setAttribute('id', renamed);
  }
  const classes = new Map<string, string>();
  for (const element of Array.from(body(doc).querySelectorAll('[class]'))) {
    const renamed = element
      .getAttribute('class')!
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => classes.get(name) ?? (classes.set(name, `c${token()}`), classes.get(name)!));
    element.setAttribute('class', renamed.join(' '));
  }
  for (const attribute of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
    for (const element of Array.from(body(doc).querySelectorAll(`[${attribute}]`))) {
      const value = element
        .getAttribute(attribute)!
        .split(/\s+/)
        .map((id) => ids.get(id) ?? id)
        .join(' ');
      element.setAttribute(attribute, value);
    }
  }
}

/** Containers whose children can be reordered without breaking the page. */
const REORDERABLE = 'ul,ol,tbody,table,fieldset,form,.choices,.btn-row,.btn-area,.inline,div';
const FIXED_CHILDREN = new Set(['legend', 'thead', 'caption', 'script', 'style']);

/** Shuffles the children of about half of the containers (legends and captions stay first). */
export function shuffleOrder(doc: Document, random: () => number): void {
  for (const parent of Array.from(body(doc).querySelectorAll(REORDERABLE))) {
    const children = Array.from(parent.children).filter((child) => !FIXED_CHILDREN.has(child.tagName.toLowerCase()));
    if (children.length < 2 || random() < 0.5) continue;
    for (const child of shuffle(children, random)) parent.appendChild(child);
  }
}

const NO_WRAP_PARENTS = new Set(['table', 'tbody', 'thead', 'tr', 'ul', 'ol', 'dl', 'select', 'head', 'html', 'label', 'button', 'a']);

/** Wraps about a third of the controls and blocks in extra <div>/<span> layers. */
export function addWrappers(doc: Document, random: () => number): void {
  const elements = Array.from(body(doc).querySelectorAll('input,select,textarea,button,a,p,fieldset,div,h1,h2,h3,h4,label'));
  for (const element of elements) {
    const parent = element.parentElement;
    if (!parent || NO_WRAP_PARENTS.has(parent.tagName.toLowerCase()) || random() > 0.33) continue;
    const depth = 1 + Math.floor(random() * 2);
    let inner: Element = element;
    for (let level = 0; level < depth; level += 1) {
      const wrapper = doc.createElement(
        ['input', 'select', 'a', 'button', 'label'].includes(element.tagName.toLowerCase()) ? 'span' : 'div',
      );
      wrapper.setAttribute('class', `wrap-${level}`);
      inner.parentElement!.insertBefore(wrapper, inner);
      wrapper.appendChild(inner);
      inner = wrapper;
    }
  }
}

/** Light rewordings a redesign makes: spacing, "하기" dropped, "신청인" → "신청자", markers moved. */
const REWORDINGS: [RegExp, string][] = [
  [/신청인/g, '신청자'],
  [/신고인/g, '신고자'],
  [/(신청|발급|검색)하기/g, '$1'],
  [/생년월일/g, '생년 월일'],
  [/\(필수\)/g, '*'],
  [/^\s*\*\s*/g, ''],
  [/주소 검색/g, '주소검색'],
  [/입력하세요/g, '적어 주세요'],
  [/선택하세요/g, '고르세요'],
];

export function rewordLabels(doc: Document, random: () => number): void {
  const walker = doc.createTreeWalker(body(doc), 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const node of texts) {
    const parent = node.parentElement?.closest('label,th,legend,button,a,h1,h2,h3,h4,option,span');
    if (!parent || random() < 0.3) continue;
    let value = node.data;
    for (const [pattern, replacement] of REWORDINGS) value = value.replace(pattern, replacement);
    if (value !== node.data) node.data = value;
  }
}

/**
 * Adds decoys: for each button, link, and labelled field, a look-alike elsewhere on the page
 * ("신청하기 안내", a second field labelled "신청인 이름 예시"), which the matcher must never
 * pick instead of the real one.
 */
export function addDecoys(doc: Document, random: () => number): void {
  const host = doc.createElement('aside');
  host.setAttribute('class', 'decoys');
  const suffixes = ['안내', '도움말', '예시', '자주 묻는 질문', '취소'];
  const pick = () => suffixes[Math.floor(random() * suffixes.length)]!;
  for (const control of Array.from(body(doc).querySelectorAll('button,a[href]'))) {
    const words = control.textContent?.replace(/\s+/g, ' ').trim();
    if (!words || random() < 0.5) continue;
    const decoy = doc.createElement(control.tagName.toLowerCase());
    if (decoy.tagName === 'A') decoy.setAttribute('href', '#help');
    else decoy.setAttribute('type', 'button');
    decoy.textContent = `${words} ${pick()}`;
    host.appendChild(decoy);
  }
  for (const label of Array.from(body(doc).querySelectorAll('label[for],th'))) {
    const words = label.textContent?.replace(/\s+/g, ' ').trim();
    if (!words || random() < 0.5) continue;
    const wrapper = doc.createElement('div');
    const decoyLabel = doc.createElement('label');
    const id = `decoy-${Math.floor(random() * 1e9).toString(36)}`;
    decoyLabel.setAttribute('for', id);
    decoyLabel.textContent = `${words} ${pick()}`;
    const input = doc.createElement('input');
    input.setAttribute('type', 'text');
    input.setAttribute('id', id);
    wrapper.append(decoyLabel, input);
    host.appendChild(wrapper);
  }
  // Half the time the decoys come first, so "the first look-alike" is never a safe guess.
  const root = body(doc);
  if (random() < 0.5) root.insertBefore(host, root.firstChild);
  else root.appendChild(host);
}

const APPLY: Record<MutationKind, (doc: Document, random: () => number) => void> = {
  rename: renameIdsAndClasses,
  shuffle: shuffleOrder,
  wrap: addWrappers,
  reword: rewordLabels,
  decoys: addDecoys,
};

/** Applies `kinds` in a fixed order with one seed: the same seed always gives the same page. */
export function mutateDocument(doc: Document, kinds: readonly MutationKind[], seed: number): void {
  const random = seededRandom(seed);
  for (const kind of MUTATION_KINDS) if (kinds.includes(kind)) APPLY[kind](doc, random);
}

export interface MutationVariant {
  name: string;
  kinds: readonly MutationKind[];
  seed: number;
}

/** The standard set: each mutation alone, then all of them together with three seeds. */
export const STANDARD_VARIANTS: readonly MutationVariant[] = [
  ...MUTATION_KINDS.map((kind, index) => ({ name: kind, kinds: [kind], seed: 101 + index })),
  ...[7, 42, 2026].map((seed) => ({ name: `all (seed ${seed})`, kinds: MUTATION_KINDS, seed })),
];
