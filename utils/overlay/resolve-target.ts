/**
 * Finds the element an axe-style selector path names: the first selector in the document, each
 * next one inside the previous match's open shadow root. Returns null when any step fails or a
 * selector is invalid (reports outlive page changes), or when the path crosses into a frame.
 */
export function resolveTarget(doc: Document, path: readonly string[]): Element | null {
  let scope: Document | ShadowRoot = doc;
  let found: Element | null = null;
  for (const selector of path) {
    try {
      found = scope.querySelector(selector);
    } catch {
      return null;
    }
    if (!found) return null;
    if (selector !== path.at(-1)) {
      if (!found.shadowRoot) return null;
      scope = found.shadowRoot;
    }
  }
  return found;
}
