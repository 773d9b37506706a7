/**
 * Page conditions (host, path, query, an element present or absent) and which guides apply to
 * a page. Checked separately from step targets: "am I on the right page" comes before "where
 * is the button".
 */
import type { Guide, PageCondition } from './schema.ts';
import { matchFingerprint } from './matcher.ts';

/** `*` matches any run of characters; everything else is literal. Case-insensitive for hosts. */
export function globMatches(pattern: string, value: string, { caseless = false } = {}): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, caseless ? 'i' : '').test(value);
}

/** Host, path and query only: needs no document. */
export function urlMatches(condition: PageCondition, url: URL): boolean {
  if (condition.host && !globMatches(condition.host, url.hostname, { caseless: true })) return false;
  if (condition.path && !globMatches(condition.path, url.pathname)) return false;
  for (const [name, value] of Object.entries(condition.query ?? {})) {
    const actual = url.searchParams.getAll(name);
    if (actual.length === 0) return false;
    if (value !== '*' && !actual.includes(value)) return false;
  }
  return true;
}

/** The whole condition, including elements that must (not) be on the page. */
export function pageMatches(condition: PageCondition, url: URL, doc: Document): boolean {
  if (!urlMatches(condition, url)) return false;
  if (condition.present && !matchFingerprint(doc, condition.present).element) return false;
  if (condition.absent && matchFingerprint(doc, condition.absent).element) return false;
  return true;
}

/** Guides whose sites include this URL (host glob and, if given, one of the path globs as a prefix). */
export function guideAppliesTo(guide: Pick<Guide, 'sites'>, url: URL): boolean {
  return guide.sites.some(
    (site) =>
      globMatches(site.host, url.hostname, { caseless: true }) &&
      (!site.paths || site.paths.some((prefix) => globMatches(`${prefix}*`, url.pathname))),
  );
}
