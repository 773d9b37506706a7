import { describe, expect, it } from 'vitest';
import type { AuditUnit } from '../targets.ts';
import { canonicalUrl, DEFAULT_TRACKING_PARAMS, trackingFilter } from './canonical.ts';
import { crawlSource } from './frontier.ts';
import { hostRateLimit } from './rate-limit.ts';
import { robotsCache } from './robots.ts';
import { crawlScope, followable } from './scope.ts';

const isTracking = trackingFilter(DEFAULT_TRACKING_PARAMS);
const options = { seeds: ['https://a.go.kr/'], allowOrigins: [], include: [], exclude: [] };

/** Runs a crawl over a made-up site (page → its links), one unit at a time; returns what was taken, in order. */
function crawl(
  links: Record<string, string[]>,
  settings: { maxPages?: number; maxDepth?: number; maxQueryVariants?: number; include?: string[]; exclude?: string[] } = {},
) {
  const scope = crawlScope({ ...options, include: settings.include ?? [], exclude: settings.exclude ?? [] }, options.seeds);
  const source = crawlSource({
    seeds: options.seeds,
    crawl: { maxDepth: settings.maxDepth ?? 3, maxQueryVariants: settings.maxQueryVariants ?? 20 },
    maxPages: settings.maxPages ?? 100,
    scope,
    isTracking,
  });
  const taken: AuditUnit[] = [];
  for (let unit = source.take(); unit; unit = source.take()) {
    taken.push(unit);
    const url = unit.kind === 'page' ? unit.page.url : '';
    source.settle(unit, { links: (links[url] ?? []).map((href) => new URL(href, url).href) });
  }
  return { taken: taken.map((unit) => (unit.kind === 'page' ? unit.page.url : '')), source, units: taken };
}

describe('canonical addresses', () => {
  it('drops the fragment and tracking parameters, and orders the rest', () => {
    expect(canonicalUrl('HTTPS://A.go.kr:443/x/../list?b=2&utm_medium=mail&a=1&n_keyword=x#top', isTracking)).toBe(
      'https://a.go.kr/list?a=1&b=2',
    );
    expect(canonicalUrl('https://a.go.kr/?', isTracking)).toBe('https://a.go.kr/');
    expect(() => canonicalUrl('mailto:a@a.go.kr', isTracking)).toThrow();
  });
});

describe('the crawl', () => {
  it('goes breadth first from the start page, each page once, never off its origin, never a file or another scheme', () => {
    const { taken, units } = crawl({
      'https://a.go.kr/': ['/a', '/b#section', 'https://other.kr/', 'https://a.go.kr/form.pdf', '/a?utm_source=x'],
      'https://a.go.kr/a': ['/c', '/'],
      'https://a.go.kr/b': ['/c'],
    });
    expect(taken).toEqual(['https://a.go.kr/', 'https://a.go.kr/a', 'https://a.go.kr/b', 'https://a.go.kr/c']);
    expect(units.map((unit) => [unit.order, unit.depth])).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
  });

  it('keeps only http(s) links that are not marked as downloads', () => {
    expect(
      followable([
        { href: 'javascript:void(0)', download: false },
        { href: 'mailto:minwon@a.go.kr', download: false },
        { href: 'tel:110', download: false },
        { href: 'https://a.go.kr/file.do?id=1', download: true },
        { href: 'https://a.go.kr/ok', download: false },
      ]),
    ).toEqual(['https://a.go.kr/ok']);
  });

  it('stops at --max-pages and --max-depth, and says what it left', () => {
    const chain = Object.fromEntries(Array.from({ length: 10 }, (_, n) => [`https://a.go.kr/${n || ''}`, [`/${n + 1}`]]));
    const deep = crawl(chain, { maxDepth: 2 });
    expect(deep.taken).toEqual(['https://a.go.kr/', 'https://a.go.kr/1', 'https://a.go.kr/2']);
    expect(deep.source.notes()).toEqual(['1 link deeper than --max-depth 2 was not followed.']);
    const wide = crawl({ 'https://a.go.kr/': Array.from({ length: 9 }, (_, n) => `/p${n}`) }, { maxPages: 4 });
    expect(wide.taken).toHaveLength(4);
    expect(wide.source.exhausted()).toBe(true);
    expect(wide.source.notes()).toEqual(['The crawl stopped at --max-pages 4: 6 more addresses found were not audited.']);
  });

  it('ends a calendar trap at --max-query-variants with a note naming the path', () => {
    // Every month links to the next one: an endless supply of new addresses.
    const calendar = new Proxy({} as Record<string, string[]>, {
      get: (_, url: string) => {
        const month = Number(new URL(url).searchParams.get('month') ?? 0);
        return [`/calendar?month=${month + 1}`, '/calendar?month=' + (month + 2)];
      },
    });
    const { taken, source } = crawl(calendar, { maxQueryVariants: 5, maxDepth: 100 });
    expect(taken.filter((url) => url.includes('calendar'))).toHaveLength(5);
    expect(source.notes().at(-1)).toMatch(
      /^Possible crawl trap: https:\/\/a\.go\.kr\/calendar has more than 5 addresses that differ only in their query/,
    );
  });

  it('follows --include and --exclude, a start page whatever they say', () => {
    const { taken } = crawl(
      { 'https://a.go.kr/': ['/services/1', '/services/2', '/news/1', '/services/print/1'] },
      { include: ['/services/*'], exclude: ['/services/print/*'] },
    );
    expect(taken).toEqual(['https://a.go.kr/', 'https://a.go.kr/services/1', 'https://a.go.kr/services/2']);
  });

  it('resumes from what the stream says it did: nothing again, its links still to visit', () => {
    const scope = crawlScope(options, options.seeds);
    const source = crawlSource({
      seeds: options.seeds,
      crawl: { maxDepth: 3, maxQueryVariants: 20 },
      maxPages: 3,
      scope,
      isTracking,
      before: [{ key: 'https://a.go.kr/', order: 0, depth: 0, links: ['https://a.go.kr/a', 'https://a.go.kr/b', 'https://a.go.kr/c'] }],
    });
    const next = [source.take(), source.take(), source.take()];
    expect(next.map((unit) => unit && unit.kind === 'page' && [unit.page.url, unit.order, unit.depth])).toEqual([
      ['https://a.go.kr/a', 1, 1],
      ['https://a.go.kr/b', 2, 1],
      null,
    ]);
  });
});

describe('robots.txt and the rate limit', () => {
  it('follows robots.txt for our agent; a missing one allows all, an unreachable one refuses the origin', async () => {
    const answers: Record<string, { status: number; body: string }> = {
      'https://a.go.kr/robots.txt': { status: 200, body: 'User-agent: *\nDisallow: /private/\nAllow: /private/open\nCrawl-delay: 3\n' },
      'https://b.go.kr/robots.txt': { status: 404, body: '' },
      'https://c.go.kr/robots.txt': { status: 503, body: '' },
    };
    const robots = robotsCache(async (url) => ({ ...answers[url]!, url, body: Buffer.from(answers[url]!.body) }));
    const a = await robots.rules('https://a.go.kr');
    expect(a.allowed('https://a.go.kr/private/x')).toBe(false);
    expect(a.allowed('https://a.go.kr/private/open')).toBe(true);
    expect(a.allowed('https://a.go.kr/')).toBe(true);
    expect(a.delay()).toBe(3);
    expect((await robots.rules('https://b.go.kr')).allowed('https://b.go.kr/anything')).toBe(true);
    const c = await robots.rules('https://c.go.kr');
    expect(c.allowed('https://c.go.kr/')).toBe(false);
    expect(c.unreachable).toBe('its robots.txt answered HTTP 503');
  });

  it('spaces loads to one host, not to others', async () => {
    let clock = 1000;
    const started: string[] = [];
    const limiter = hostRateLimit(
      (host) => (host === 'slow.kr' ? 500 : 0),
      () => clock,
    );
    const load = async (host: string) => {
      await limiter.wait(host);
      started.push(`${host}@${clock}`);
    };
    await load('slow.kr');
    const second = load('slow.kr');
    await load('fast.kr');
    clock = 1500;
    await second;
    expect(started[0]).toBe('slow.kr@1000');
    expect(started[1]).toBe('fast.kr@1000');
    expect(started[2]).toBe('slow.kr@1500');
  });
});
