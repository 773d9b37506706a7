/**
 * Describing page elements for findings from inside the page: a short CSS selector, a redacted
 * snippet, and (back) the element for an axe target.
 */
import { redactSnippet } from './redact';

/** A short selector: the nearest id (when it looks hand-written) plus a tag:nth-of-type path. */
export function selectorOf(element: Element): string {
  const parts: string[] = [];
  let current: Element | null = element;
  while (current && current.localName !== 'html' && parts.length < 6) {
    const id = current.getAttribute('id');
    if (id && /^[A-Za-z][\w-]*$/.test(id) && current.ownerDocument.querySelectorAll(`#${id}`).length === 1) {
      parts.unshift(`#${id}`);
      break;
    }
    const parent: Element | null = current.parentElement;
    const tag = current.localName;
    if (!parent) {
      parts.unshift(tag);
      break;
    }
    const same = [...parent.children].filter((child) => child.localName === tag);
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(current) + 1})` : tag);
    current = parent;
  }
  return parts.join(' > ');
}

/** The element's opening tag and the start of its text, redacted. */
export function snippetOf(element: Element): string {
  const shallow = element.cloneNode(false) as Element;
  const open = shallow.outerHTML.replace(/<\/[^>]+>$/, '');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
  return redactSnippet(`${open}${text}`);
}

/** The element an axe target points to (through open shadow roots), if it still exists. */
export function elementOf(document: Document, target: readonly unknown[]): Element | null {
  let root: Document | ShadowRoot = document;
  let element: Element | null = null;
  for (const part of target) {
    if (typeof part !== 'string') return null;
    try {
      element = root.querySelector(part);
    } catch {
      return null;
    }
    if (!element) return null;
    if (element.shadowRoot) root = element.shadowRoot;
  }
  return element;
}
