/**
 * For tests: puts fixture markup into the document through DOMParser, since our lint rule
 * forbids innerHTML everywhere (page text must never become markup).
 */
export function setBody(html: string, doc: Document = document): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
}

export function setHead(html: string, doc: Document = document): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><head>${html}</head>`, 'text/html');
  doc.head.replaceChildren(...[...parsed.head.childNodes].map((node) => doc.importNode(node, true)));
}
