/** The focused element, inside open shadow roots too; null when nothing on the page has focus. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === doc.body || active === doc.documentElement ? null : active;
}
