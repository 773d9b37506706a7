/**
 * One address per page, so the same page is audited once however it was linked or listed:
 * the fragment dropped (it never reaches the server), tracking parameters dropped (campaign tags
 * added by mailings, ads and analytics), the remaining query parameters in a stable order, and
 * what URL parsing already settles (case of scheme and host, default port, dot segments).
 */

/** "utm_*" = every parameter starting with "utm_". Naver's search-ad tags are common on Korean sites. */
export const DEFAULT_TRACKING_PARAMS: readonly string[] = [
  'utm_*',
  'gclid',
  'gbraid',
  'wbraid',
  'dclid',
  'fbclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'NaPm',
  'n_media',
  'n_query',
  'n_rank',
  'n_ad_group',
  'n_ad',
  'n_keyword_id',
  'n_keyword',
  'n_campaign_type',
];

export type TrackingFilter = (name: string) => boolean;

export function trackingFilter(params: readonly string[]): TrackingFilter {
  const exact = new Set(params.filter((name) => !name.endsWith('*')).map((name) => name.toLowerCase()));
  const prefixes = params.filter((name) => name.endsWith('*')).map((name) => name.slice(0, -1).toLowerCase());
  return (name) => {
    const lower = name.toLowerCase();
    return exact.has(lower) || prefixes.some((prefix) => lower.startsWith(prefix));
  };
}

/** The canonical form of an absolute http(s) address; throws on anything else. */
export function canonicalUrl(href: string, isTracking: TrackingFilter): string {
  const url = new URL(href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not a web address: ${url.protocol}`);
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  if (kept.length !== [...url.searchParams].length || kept.length > 1) {
    // Stable: parameters of the same name keep their relative order.
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    url.search = new URLSearchParams(kept).toString();
  }
  // "https://a.go.kr/?" has an empty search but keeps its "?" until search is set.
  if (url.search === '') url.search = '';
  return url.href;
}
