/**
 * What the matcher (and the recorder) can observe about one element: role, accessible name,
 * label, text, attributes, nearest heading and landmark, a short CSS path.
 *
 * The accessible name and the visible label come from utils/accessible-name/, as everywhere
 * else. Everything here only reads the page.
 */
import type { Fingerprint } from './schema.ts';
import { nameOf, visibleLabel } from '@/utils/accessible-name/label';

export interface ElementFacts {
  role: string;
  name: string;
  label: string;
  text: string;
  id: string;
  nameAttr: string;
  value: string;
  href: string;
  data: Record<string, string>;
  tag: string;
  type: string;
  css: string;
  heading: string;
  landmark: string;
}

const MAX_TEXT = 160;

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

function tagOf(element: Element) {
  return element.tagName.toLowerCase();
}

function inputType(element: Element) {
  return (element.getAttribute('type') ?? 'text').toLowerCase();
}

export function roleOf(element: Element): string {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = tagOf(element);
  switch (tag) {
    case 'a':
      return element.hasAttribute('href') ? 'link' : '';
    case 'button':
    case 'summary':
      return 'button';
    case 'select':
      return element.hasAttribute('multiple') || Number(element.getAttribute('size') ?? 0) > 1 ? 'listbox' : 'combobox';
    case 'textarea':
      return 'textbox';
    case 'input': {
      const type = inputType(element);
      if (['submit', 'button', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox' || type === 'radio') return type;
      if (type === 'search') return 'searchbox';
      if (type === 'hidden') return '';
      return 'textbox';
    }
    case 'ul':
    case 'ol':
      return 'list';
    case 'li':
      return 'listitem';
    case 'img':
      return 'img';
    case 'nav':
      return 'navigation';
    case 'main':
      return 'main';
    case 'form':
      return 'form';
    case 'table':
      return 'table';
    default:
      return /^h[1-6]$/.test(tag) ? 'heading' : '';
  }
}

const FIELD_TAGS = new Set(['input', 'select', 'textarea']);

/** Text of an element without the option lists of selects inside it (they are not its label). */
function ownText(element: Element): string {
  if (tagOf(element) === 'select') return '';
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      const tag = tagOf(child);
      if (tag === 'select' || tag === 'script' || tag === 'style' || tag === 'textarea') continue;
      if (tag === 'img' || (tag === 'input' && inputType(child) === 'image')) text += ` ${child.getAttribute('alt') ?? ''} `;
      else text += ` ${ownText(child)} `;
    }
  }
  return clean(text);
}

function visibleText(element: Element): string {
  const tag = tagOf(element);
  if (tag === 'input') {
    const type = inputType(element);
    return ['submit', 'button', 'reset'].includes(type) ? clean(element.getAttribute('value')) : '';
  }
  if (tag === 'textarea') return '';
  // A closed select shows its chosen option (before a choice: the prompt, e.g. "시/도 선택").
  if (tag === 'select') {
    const options = Array.from(element.querySelectorAll('option'));
    const chosen = options.find((option) => option.hasAttribute('selected')) ?? options[0];
    return clean(chosen?.textContent);
  }
  return ownText(element);
}

const HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,[role="heading"]';

/** The nearest heading or legend before the element (its own fieldset's legend first). */
export function nearestHeading(element: Element): string {
  const fieldset = element.closest('fieldset');
  const legend = fieldset && Array.from(fieldset.children).find((child) => tagOf(child) === 'legend');
  if (legend && legend !== element) return ownText(legend);
  const root = element.getRootNode() as Document | ShadowRoot;
  let found = '';
  for (const heading of Array.from(root.querySelectorAll?.(HEADINGS) ?? [])) {
    if (heading === element || heading.contains(element)) continue;
    // DOCUMENT_POSITION_FOLLOWING (4): the element comes after this heading.
    if (heading.compareDocumentPosition(element) & 4) found = ownText(heading);
    else break;
  }
  return found;
}

const LANDMARK_ROLES = new Set(['main', 'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'region', 'dialog']);

export function landmarkOf(element: Element): string {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const role = node.getAttribute('role');
    if (role && LANDMARK_ROLES.has(role)) return role;
    switch (tagOf(node)) {
      case 'form':
        return 'form';
      case 'main':
        return 'main';
      case 'nav':
        return 'navigation';
      case 'aside':
        return 'complementary';
      case 'search':
        return 'search';
      case 'header':
        return 'banner';
      case 'footer':
        return 'contentinfo';
    }
  }
  return '';
}

/** Up to four levels of "tag#id" / "tag.class", innermost last; stops at an id. */
export function shortCssPath(element: Element): string {
  const parts: string[] = [];
  for (
    let node: Element | null = element;
    node && parts.length < 4 && tagOf(node) !== 'body' && tagOf(node) !== 'html';
    node = node.parentElement
  ) {
    const id = node.getAttribute('id');
    const firstClass = node.getAttribute('class')?.trim().split(/\s+/)[0];
    parts.unshift(id ? `${tagOf(node)}#${id}` : firstClass ? `${tagOf(node)}.${firstClass}` : tagOf(node));
    if (id) break;
  }
  return parts.join(' > ');
}

export function dataAttributes(element: Element): Record<string, string> {
  const data: Record<string, string> = {};
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name.startsWith('data-')) data[attribute.name.slice(5)] = attribute.value.slice(0, 200);
  }
  return data;
}

export function factsOf(element: Element): ElementFacts {
  const tag = tagOf(element);
  return {
    role: roleOf(element),
    name: clean(nameOf(element)),
    label: clean(visibleLabel(element)),
    text: visibleText(element),
    id: element.getAttribute('id') ?? '',
    nameAttr: FIELD_TAGS.has(tag) || tag === 'button' ? (element.getAttribute('name') ?? '') : '',
    value: tag === 'input' && ['radio', 'checkbox'].includes(inputType(element)) ? (element.getAttribute('value') ?? '') : '',
    href: tag === 'a' ? (element.getAttribute('href') ?? '') : '',
    data: dataAttributes(element),
    tag,
    type: tag === 'input' ? inputType(element) : tag === 'button' ? (element.getAttribute('type') ?? 'submit').toLowerCase() : '',
    css: shortCssPath(element),
    heading: nearestHeading(element),
    landmark: landmarkOf(element),
  };
}

/**
 * A fingerprint of an element as it is now (used by the recorder). Empty fields are left out,
 * and data-* attributes that look generated (long, or numbers only) are not kept.
 */
export function fingerprintOf(element: Element): Fingerprint {
  const facts = factsOf(element);
  const fingerprint: Fingerprint = { tag: facts.tag };
  const keep = <K extends keyof Fingerprint>(key: K, value: Fingerprint[K] | '') => {
    if (value) fingerprint[key] = value as Fingerprint[K];
  };
  keep('role', facts.role);
  keep('name', facts.name);
  keep('label', facts.label !== facts.name ? facts.label : '');
  keep('text', facts.text !== facts.name ? facts.text : '');
  keep('id', facts.id);
  keep('nameAttr', facts.nameAttr);
  keep('value', facts.value);
  keep('href', facts.href.startsWith('javascript:') ? '' : facts.href);
  keep('type', facts.type);
  keep('css', facts.css);
  keep('heading', facts.heading);
  keep('landmark', facts.landmark);
  const data = Object.fromEntries(Object.entries(facts.data).filter(([, value]) => value.length <= 40 && !/^\d+$/.test(value)));
  if (Object.keys(data).length) fingerprint.data = data;
  return fingerprint;
}
