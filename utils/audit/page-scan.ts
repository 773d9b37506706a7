/**
 * One pass over the page shared by every check, so the audit stays linear on big pages:
 * elements are walked once, and computed style and geometry are read at most once per element
 * (and only for elements a check needs: text holders and interactive elements).
 */

const INTERACTIVE_SELECTOR =
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=tab], [role=menuitem], [role=switch], [onclick]';

export interface TextRun {
  element: Element;
  /** Visible characters (whitespace excluded) in this element's own text nodes. */
  chars: number;
}

export interface PageScan {
  /** Elements with their own visible text, with how much. */
  text: TextRun[];
  /** Interactive elements (links, buttons, fields, onclick handlers). */
  interactive: Element[];
  links: HTMLAnchorElement[];
  fields: Element[];
  style(element: Element): CSSStyleDeclaration;
  rect(element: Element): DOMRect;
  /** Rendered (has a box and is not visibility:hidden). */
  visible(element: Element): boolean;
}

export function scanPage(document: Document, window: Window): PageScan {
  const styles = new Map<Element, CSSStyleDeclaration>();
  const rects = new Map<Element, DOMRect>();
  const style = (element: Element) => {
    let value = styles.get(element);
    if (!value) styles.set(element, (value = window.getComputedStyle(element)));
    return value;
  };
  const rect = (element: Element) => {
    let value = rects.get(element);
    if (!value) rects.set(element, (value = element.getBoundingClientRect()));
    return value;
  };
  const visible = (element: Element) => {
    const box = rect(element);
    if (box.width === 0 && box.height === 0) return false;
    return style(element).visibility !== 'hidden';
  };

  const text: TextRun[] = [];
  const interactive: Element[] = [];
  const links: HTMLAnchorElement[] = [];
  const fields: Element[] = [];
  const root = document.body ?? document.documentElement;
  const walker = document.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    const tag = node.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') continue;
    let chars = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) chars += (child.nodeValue ?? '').replace(/\s+/g, '').length;
    }
    if (chars > 0) text.push({ element: node, chars });
    if (node.matches(INTERACTIVE_SELECTOR)) interactive.push(node);
    if (tag === 'a' && node.hasAttribute('href')) links.push(node as HTMLAnchorElement);
    if ((tag === 'input' && (node as HTMLInputElement).type !== 'hidden') || tag === 'select' || tag === 'textarea') fields.push(node);
  }
  return { text, interactive, links, fields, style, rect, visible };
}
