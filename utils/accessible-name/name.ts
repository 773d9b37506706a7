/**
 * The accessible name of an element: the W3C accname 1.2 computation, as dom-accessibility-api
 * (the implementation Testing Library uses) does it, step for step — its own unit test compares
 * the two on the same markup. The overlay, the guides, the field helper and the audit all name
 * elements through this file (or label.ts, which adds Korean form habits on top), so they agree.
 *
 * Why not the library itself: it adds 3.9 KiB gzip to the full overlay, which would then be
 * 61.1 KiB of its 60 KiB budget (measured with the build's budget output, December 2026). And on
 * purpose, three differences:
 * - Privacy: what a person typed or chose never enters a name. A text box, list or slider inside a
 *   label contributes nothing (accname would use its current value), and `.value` is never read.
 * - No English defaults: a submit button without a value is nameless here, not "Submit" (the
 *   overlay speaks Korean and 14 other languages; a made-up English word would mislead).
 * - Layout-free where the page has no layout (happy-dom, pages parsed in Node): an element whose
 *   computed `display` is unknown is inline when its tag is an inline one.
 */

const PRESENTATION = new Set(['none', 'presentation']);
/** Roles whose name comes from their content (ARIA 1.2 "name from: contents"). */
const NAME_FROM_CONTENT = new Set(
  'button cell checkbox columnheader gridcell heading label legend link menuitem menuitemcheckbox menuitemradio option radio row rowheader switch tab tooltip treeitem'.split(
    ' ',
  ),
);
const RANGES = new Set(['meter', 'progressbar', 'scrollbar', 'slider', 'spinbutton']);
/** Controls embedded in a label or a referenced element (accname step 2C/2E). */
const CONTROLS = new Set(['button', 'combobox', 'listbox', 'textbox', ...RANGES]);
/** Controls whose state is what the person typed or chose: they never add to a name. */
const VALUE_CONTROLS = new Set(['combobox', 'listbox', 'textbox', ...RANGES]);
/** ARIA attributes that make a presentational role on a focusable-looking element void. */
const GLOBAL_ARIA = ['aria-describedby', 'aria-label', 'aria-labelledby', 'aria-owns', 'aria-live', 'aria-controls', 'aria-hidden'];
const NOT_RENDERED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link']);
const INLINE = new Set(
  'a abbr b bdi bdo button cite code data dfn em font i img input kbd label mark q s samp select small span strong sub sup textarea time u var wbr'.split(
    ' ',
  ),
);
const INPUT_ROLES: Record<string, string> = {
  button: 'button',
  image: 'button',
  reset: 'button',
  submit: 'button',
  checkbox: 'checkbox',
  radio: 'radio',
  range: 'slider',
  number: 'spinbutton',
  search: 'searchbox',
  email: 'textbox',
  tel: 'textbox',
  text: 'textbox',
  url: 'textbox',
};
const TAG_ROLES: Record<string, string> = {
  button: 'button',
  summary: 'button',
  datalist: 'listbox',
  textarea: 'textbox',
  option: 'option',
  td: 'cell',
  th: 'columnheader',
  tr: 'row',
  legend: 'legend',
  progress: 'progressbar',
  menu: 'list',
};

function inputType(element: Element): string {
  return (element.getAttribute('type') ?? 'text').trim().toLowerCase() || 'text';
}

function implicitRole(element: Element): string {
  const tag = element.localName;
  if (TAG_ROLES[tag]) return TAG_ROLES[tag];
  if (/^h[1-6]$/.test(tag)) return 'heading';
  switch (tag) {
    case 'a':
    case 'area':
      return element.hasAttribute('href') ? 'link' : '';
    case 'img':
      return element.getAttribute('alt') === '' && !hasGlobalAria(element) ? 'presentation' : 'img';
    case 'select':
      return element.hasAttribute('multiple') || Number(element.getAttribute('size')) > 1 ? 'listbox' : 'combobox';
    case 'input': {
      const type = inputType(element);
      const role = INPUT_ROLES[type] ?? '';
      return element.hasAttribute('list') && (role === 'textbox' || role === 'searchbox') ? 'combobox' : role;
    }
  }
  return '';
}

function hasGlobalAria(element: Element): boolean {
  return GLOBAL_ARIA.some((name) => element.hasAttribute(name));
}

/** The element's role as accname sees it: the first token of `role`, else its tag's role. */
export function roleOf(element: Element): string {
  const explicit = (element.getAttribute('role') ?? '').trim().split(/\s+/)[0]!.toLowerCase();
  if (!explicit) return implicitRole(element);
  // role="none" on an element with global ARIA attributes is ignored (ARIA 1.2 §presentational role conflict resolution).
  if (PRESENTATION.has(explicit) && hasGlobalAria(element)) return implicitRole(element);
  return explicit;
}

interface Context {
  /** Reached through aria-labelledby or aria-describedby: named even when hidden. */
  referenced: boolean;
  /** Reached while collecting the text of a parent (content, a label, a referenced element). */
  recursion: boolean;
  inLabel: boolean;
}

type Start = 'name' | 'content' | 'description';

/**
 * Hostile or huge pages: a name is never read deeper than this many nested elements (a page can
 * nest thousands, and each level is a call), nor past this many characters (every caller shows
 * at most a line).
 */
const MAX_DEPTH = 64;
const MAX_TEXT = 1000;

/**
 * One computation from `start`: `consulted` keeps each node (and attribute) from being used
 * twice. Plain functions in a closure rather than a class, so the minifier can shorten every
 * name: the overlay carries this file within its size budget.
 */
function compute(start: Element, from: Start, knownName?: string): string {
  const consulted = new Set<unknown>();
  let depth = 0;

  // Each element's computed style is read once per computation (hidden? inline?): cheap in a
  // browser, but not in happy-dom, where guides:check and the matcher's tests run.
  const styles = new Map<Element, { display: string; visibility: string } | null>();
  const style = (element: Element) => {
    let found = styles.get(element);
    if (found === undefined) {
      const computed = element.ownerDocument.defaultView?.getComputedStyle(element);
      styles.set(element, (found = computed ? { display: computed.display, visibility: computed.visibility } : null));
    }
    return found;
  };

  const hidden = (element: Element) => {
    if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || NOT_RENDERED.has(element.localName))
      return true;
    const computed = style(element);
    return computed?.display === 'none' || computed?.visibility === 'hidden';
  };

  const attribute = (element: Element, name: string): string | null => {
    const node = element.getAttributeNode(name);
    if (!node || consulted.has(node) || !node.value.trim()) return null;
    consulted.add(node);
    return node.value;
  };

  const inline = (element: Element) => {
    const display = style(element)?.display;
    return display ? display === 'inline' : INLINE.has(element.localName);
  };

  /** The text of the element's children (and of what it owns), block boxes set apart by spaces. */
  const content = (element: Element, context: Context): string => {
    if (depth >= MAX_DEPTH) return '';
    const slotted = element.localName === 'slot' ? (element as HTMLSlotElement).assignedNodes?.() : undefined;
    const children = slotted?.length ? slotted : [...Array.from(element.childNodes), ...byIds(element, 'aria-owns')];
    let text = '';
    depth++;
    for (const child of children) {
      if (text.length > MAX_TEXT) break;
      const part = alternative(child, { referenced: false, recursion: true, inLabel: context.inLabel });
      text += child.nodeType !== 1 || inline(child as Element) ? part : ` ${part} `;
    }
    depth--;
    return text.trim();
  };

  /** 2D for HTML: null when the element has no text alternative of its own. */
  const native = (element: Element, role: string): string | null => {
    const tag = element.localName;
    const type = tag === 'input' ? inputType(element) : '';
    const firstChild = (childTag: string) => Array.from(element.children).find((child) => child.localName === childTag);
    if (tag === 'fieldset' || tag === 'table') {
      consulted.add(element);
      const caption = firstChild(tag === 'fieldset' ? 'legend' : 'caption');
      if (caption) return alternative(caption, { referenced: false, recursion: false, inLabel: false });
    } else if (tag === 'svg') {
      consulted.add(element);
      return firstChild('title')?.textContent ?? null;
    } else if (tag === 'img' || tag === 'area') {
      const alt = attribute(element, 'alt');
      if (alt !== null) return alt;
    } else if (tag === 'optgroup') {
      const label = attribute(element, 'label');
      if (label !== null) return label;
    }
    if (type === 'button' || type === 'submit' || type === 'reset') {
      const value = attribute(element, 'value');
      if (value !== null) return value;
    }
    const labels = labelsOf(element);
    if (labels.length > 0) {
      consulted.add(element);
      return labels
        .map((label) => alternative(label, { referenced: false, recursion: true, inLabel: true }))
        .filter(Boolean)
        .join(' ');
    }
    if (type === 'image') {
      const text = attribute(element, 'alt') ?? attribute(element, 'title');
      if (text !== null) return text;
    }
    return role === 'button' ? content(element, { referenced: false, recursion: false, inLabel: false }) || null : null;
  };

  const alternative = (node: Node, context: Context): string => {
    if (consulted.has(node)) return '';
    if (node.nodeType === 3) {
      consulted.add(node);
      return node.nodeValue ?? '';
    }
    if (node.nodeType !== 1) return '';
    const element = node as Element;
    // 2A: hidden and not referenced.
    if (!context.referenced && hidden(element)) {
      consulted.add(element);
      return '';
    }
    // 2B: aria-labelledby.
    const labelledBy = element.getAttributeNode('aria-labelledby');
    const references = labelledBy && !consulted.has(labelledBy) ? byIds(element, 'aria-labelledby') : [];
    if (!context.referenced && references.length > 0) {
      consulted.add(labelledBy);
      return references.map((reference) => alternative(reference, { ...context, referenced: true, recursion: false })).join(' ');
    }
    const role = roleOf(element);
    // 2C: a control inside a label or content is named by its value, not by its own label.
    const embedded = context.recursion && CONTROLS.has(role);
    let found: string | null = null;
    if (!embedded) {
      found = (element.getAttribute('aria-label') ?? '').trim() || null;
      // 2D: the host language's own label (label, alt, legend, caption, value of a button).
      if (found === null && !PRESENTATION.has(role)) found = native(element, role);
    }
    // 2E: an embedded control's value — left out: what the person typed or chose is private.
    if (found === null && (role === 'menu' || ((embedded || context.inLabel || context.referenced) && VALUE_CONTROLS.has(role))))
      found = '';
    // 2F: name from content.
    if (found === null && (NAME_FROM_CONTENT.has(role) || context.referenced || element.localName === 'caption'))
      found = content(element, context) || null;
    if (found === null && context.recursion) found = content(element, context);
    // 2I: the tooltip.
    if (found === null) found = attribute(element, 'title') ?? '';
    consulted.add(element);
    return found;
  };

  if (from === 'description') {
    const references = byIds(start, 'aria-describedby');
    if (references.length)
      return flat(references.map((reference) => alternative(reference, { referenced: true, recursion: false, inLabel: false })).join(' '));
    const title = flat(start.getAttribute('title') ?? '');
    return title === (knownName ?? compute(start, 'name')) ? '' : title;
  }
  return flat(alternative(start, { referenced: false, recursion: from === 'content', inLabel: from === 'content' }));
}

/** The elements an ID-list attribute (aria-labelledby, aria-owns…) points to, in its order. */
export function byIds(element: Element, name: string): Element[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute(name) ?? '').trim().split(/\s+/).filter(Boolean);
  return ids.map((id) => root.getElementById?.(id)).filter((found): found is HTMLElement => !!found);
}

/** The <label>s of a labelable element (HTML's `labels`, also where the page has no `labels`). */
export function labelsOf(element: Element): Element[] {
  if (!['input', 'select', 'textarea', 'button', 'meter', 'output', 'progress'].includes(element.localName)) return [];
  if (element.localName === 'input' && inputType(element) === 'hidden') return [];
  const native = (element as HTMLInputElement).labels;
  if (native) return Array.from(native);
  const root = element.getRootNode() as Document | ShadowRoot;
  const id = element.getAttribute('id');
  const byFor = id ? Array.from(root.querySelectorAll?.('label[for]') ?? []).filter((label) => label.getAttribute('for') === id) : [];
  const wrapping = element.closest('label');
  return wrapping && !wrapping.hasAttribute('for') && !byFor.includes(wrapping) ? [...byFor, wrapping] : byFor;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The element's accessible name, white space collapsed ('' when it has none). */
export function accessibleName(element: Element): string {
  return compute(element, 'name');
}

/**
 * What the element says as part of a larger name — its name, else the text of its content,
 * hidden parts and the values of controls left out: the text a <label>, a header cell, a legend
 * or a list item gives. Computed as accname computes a <label>'s part of a field's name.
 */
export function textAlternative(element: Element): string {
  return compute(element, 'content');
}

/**
 * The accessible description: the elements of aria-describedby, else a title that is not the
 * name. Pass the name when it is known already (it is computed otherwise).
 */
export function accessibleDescription(element: Element, name?: string): string {
  return compute(element, 'description', name);
}
