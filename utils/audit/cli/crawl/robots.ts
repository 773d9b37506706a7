import robotsParser from 'robots-parser';
import { ROBOTS_AGENT, type FetchBytes } from './fetch.ts';

/**
 * robots.txt, read once per origin through `robots-parser` (a maintained implementation of the
 * robots exclusion standard, RFC 9309, with Google's wildcard and longest-match rules). A missing
 * robots.txt (404 and other 4xx) allows everything; one that cannot be fetched at all (5xx, no
 * answer) disallows everything for that origin, as RFC 9309 asks of a crawler.
 */
export interface RobotsRules {
  allowed(url: string): boolean;
  /** Crawl-delay in seconds, when the site asks for one. */
  delay(): number | undefined;
  /** Why everything is refused, when robots.txt could not be read. */
  unreachable?: string;
}

export function robotsCache(fetchBytes: FetchBytes) {
  const cache = new Map<string, Promise<RobotsRules>>();
  const load = async (origin: string): Promise<RobotsRules> => {
    const address = `${origin}/robots.txt`;
    try {
      const answer = await fetchBytes(address, { maxBytes: 512 * 1024, timeoutMs: 15_000 });
      if (answer.status >= 400 && answer.status < 500) return { allowed: () => true, delay: () => undefined };
      if (answer.status >= 500) return refuseAll(`its robots.txt answered HTTP ${answer.status}`);
      const robots = robotsParser(address, answer.body.toString('utf8'));
      return {
        allowed: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false,
        delay: () => robots.getCrawlDelay(ROBOTS_AGENT),
      };
    } catch (error) {
      return refuseAll(`its robots.txt could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  return {
    rules(origin: string): Promise<RobotsRules> {
      let rules = cache.get(origin);
      if (!rules) cache.set(origin, (rules = load(origin)));
      return rules;
    },
  };
}

function refuseAll(why: string): RobotsRules {
  return { allowed: () => false, delay: () => undefined, unreachable: why };
}
