import type { CrawlOptions } from '../args.ts';
import type { AuditUnit } from '../targets.ts';
import type { WorkSource } from '../work.ts';
import { canonicalUrl, type TrackingFilter } from './canonical.ts';
import type { Scope } from './scope.ts';

/** A page a resumed crawl has already audited (or failed), with the links it found. */
export interface CrawledBefore {
  key: string;
  order: number;
  depth: number;
  links: readonly string[];
}

export interface CrawlSource extends WorkSource {
  /** What the limits cut short, for run.json and the summary (crawl traps among them). */
  notes(): string[];
}

/**
 * A breadth-first crawl: start pages first, then the pages one click away, and so on. It stops
 * at --max-pages (every page tried counts, audited or not, so a trap of broken links ends too),
 * never goes deeper than --max-depth, and takes at most --max-query-variants addresses per path
 * that differ only in their query string: a calendar with a "next month" link, or a list whose
 * links add a parameter on every page, is an endless supply of new addresses. Every address is
 * canonical (fragments and tracking parameters dropped) and visited once.
 */
export function crawlSource(options: {
  seeds: readonly string[];
  crawl: Pick<CrawlOptions, 'maxDepth' | 'maxQueryVariants'>;
  maxPages: number;
  scope: Scope;
  isTracking: TrackingFilter;
  before?: readonly CrawledBefore[];
}): CrawlSource {
  const { crawl, maxPages, scope, isTracking } = options;
  const seen = new Set<string>();
  const queue: { url: string; depth: number }[] = [];
  const variants = new Map<string, number>();
  const trapped = new Map<string, number>();
  let tooDeep = 0;
  let attempted = 0;
  let inFlight = 0;
  let nextOrder = 0;

  const enqueue = (href: string, depth: number, start = false) => {
    let url: URL;
    try {
      url = new URL(canonicalUrl(href, isTracking));
    } catch {
      return;
    }
    if (seen.has(url.href)) return;
    // A start page is audited whatever --include says: it is where the crawl was asked to begin.
    if (!start && scope.refuse(url)) return;
    if (depth > crawl.maxDepth) {
      tooDeep++;
      return;
    }
    if (url.search) {
      const path = url.origin + url.pathname;
      const count = (variants.get(path) ?? 0) + 1;
      if (count > crawl.maxQueryVariants) {
        trapped.set(path, (trapped.get(path) ?? 0) + 1);
        return;
      }
      variants.set(path, count);
    }
    seen.add(url.href);
    queue.push({ url: url.href, depth });
  };

  // A resumed crawl: what was done is neither queued nor counted again; its links are, in the order found.
  const before = [...(options.before ?? [])].sort((a, b) => a.order - b.order);
  for (const page of before) {
    seen.add(page.key);
    const url = new URL(page.key);
    if (url.search) variants.set(url.origin + url.pathname, (variants.get(url.origin + url.pathname) ?? 0) + 1);
  }
  attempted = before.length;
  nextOrder = before.reduce((max, page) => Math.max(max, page.order + 1), 0);
  for (const seed of options.seeds) enqueue(seed, 0, true);
  for (const page of before) for (const link of page.links) enqueue(link, page.depth + 1);

  const source: CrawlSource = {
    take() {
      if (attempted >= maxPages) return null;
      const next = queue.shift();
      if (!next) return null;
      attempted++;
      inFlight++;
      const given = next.url;
      return { kind: 'page', page: { given, url: given }, order: nextOrder++, key: given, depth: next.depth };
    },
    settle(unit: AuditUnit, result) {
      inFlight--;
      for (const link of result.links ?? []) enqueue(link, (unit.depth ?? 0) + 1);
    },
    exhausted: () => inFlight === 0 && (queue.length === 0 || attempted >= maxPages),
    size: () => ({ known: Math.min(attempted + queue.length, maxPages), final: source.exhausted() }),
    notes() {
      const notes: string[] = [];
      if (attempted >= maxPages && queue.length > 0)
        notes.push(
          `The crawl stopped at --max-pages ${maxPages}: ${queue.length} more address${queue.length === 1 ? '' : 'es'} found were not audited.`,
        );
      if (tooDeep > 0)
        notes.push(
          `${tooDeep} link${tooDeep === 1 ? '' : 's'} deeper than --max-depth ${crawl.maxDepth} ${tooDeep === 1 ? 'was' : 'were'} not followed.`,
        );
      for (const [path, count] of [...trapped].sort((a, b) => b[1] - a[1]).slice(0, 10))
        notes.push(
          `Possible crawl trap: ${path} has more than ${crawl.maxQueryVariants} addresses that differ only in their query ` +
            `(a calendar, endless paging or filters); ${count} more were not followed. Narrow the crawl with --exclude, or raise --max-query-variants.`,
        );
      return notes;
    },
  };
  return source;
}
