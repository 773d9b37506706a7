/**
 * Puts our host node back when a page removes it (pages that rewrite <html>, or scripts that
 * "clean up" unknown elements). Watches only the document and <html>'s direct children, so busy
 * pages do not pay for it. Gives up after a few restores in a short time, so a page that fights
 * us does not get an endless loop.
 */
export function keepMounted(
  host: Element,
  doc: Document,
  { maxRestores = 20, windowMs = 10_000, restore = () => doc.documentElement.append(host) } = {},
): () => void {
  const restores: number[] = [];
  let watchedRoot: Element | null = null;
  const observer = new MutationObserver(() => {
    watchRoot();
    if (host.isConnected || !doc.documentElement) return;
    const now = Date.now();
    while (restores.length > 0 && now - restores[0]! > windowMs) restores.shift();
    if (restores.length >= maxRestores) return;
    restores.push(now);
    restore();
  });
  const watchRoot = () => {
    if (doc.documentElement && doc.documentElement !== watchedRoot) {
      watchedRoot = doc.documentElement;
      observer.observe(watchedRoot, { childList: true });
    }
  };
  observer.observe(doc, { childList: true });
  watchRoot();
  return () => observer.disconnect();
}
