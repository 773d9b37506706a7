import type { AuditOptions } from './args.ts';
import type { PageGate } from './auditor.ts';
import type { FetchBytes } from './crawl/fetch.ts';
import { hostRateLimit } from './crawl/rate-limit.ts';
import { robotsCache } from './crawl/robots.ts';
import type { Scope } from './crawl/scope.ts';

/** A crawl's pace on real hosts when --rate-limit is not given: one page a second per host. */
const CRAWL_INTERVAL_MS = 1000;

/**
 * What stands between a lane and a page load. Every run: the per-host rate limit when
 * --rate-limit is given. A crawl also: robots.txt (a disallowed page is listed, not loaded), one
 * page a second per real host unless --rate-limit says otherwise, robots.txt's Crawl-delay when
 * it asks for slower, and no landing off the crawled origins after a redirect. This machine's own
 * hosts (local files, the demo site, everything with --offline) have no one to be polite to.
 */
export function pageGate(options: {
  options: Pick<AuditOptions, 'rateLimit'>;
  scope: Scope | null;
  fetchBytes: FetchBytes;
  isLocal: (host: string) => boolean;
}): PageGate | undefined {
  const { scope, fetchBytes, isLocal } = options;
  const rate = options.options.rateLimit;
  if (!scope && rate === null) return undefined;
  const robots = scope ? robotsCache(fetchBytes) : null;
  const delays = new Map<string, number>();
  const limiter = hostRateLimit((host) => {
    const base = rate !== null ? 1000 / rate : isLocal(host) ? 0 : CRAWL_INTERVAL_MS;
    return Math.max(base, delays.get(host) ?? 0);
  });
  return {
    async before(target) {
      const url = new URL(target.url);
      if (robots) {
        const rules = await robots.rules(url.origin);
        if (!rules.allowed(url.href))
          return {
            kind: 'robots',
            reason: rules.unreachable ? `not crawled: ${rules.unreachable}` : 'robots.txt does not allow crawling it',
          };
        const delay = rules.delay();
        if (delay !== undefined && !isLocal(url.hostname)) delays.set(url.host, Math.min(delay, 60) * 1000);
      }
      await limiter.wait(url.host);
      return null;
    },
    after(_target, landed) {
      if (!scope) return null;
      let origin: string;
      try {
        origin = new URL(landed).origin;
      } catch {
        return null;
      }
      return scope.origins.has(origin) ? null : { kind: 'off-site', reason: `it redirected to ${landed}, outside the crawled origins` };
    },
  };
}
