import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import demo from './demo-journeys.json' with { type: 'json' };
import { canonicalUrl, trackingFilter } from './crawl/canonical.ts';
import { UsageError } from './usage-error.ts';

/** One page to audit: what the user typed, the URL Chromium opens, and the key that names it in a run's results. */
export interface PageTarget {
  given: string;
  url: string;
}

/**
 * What one tab audits: a single page, or the ordered steps of one task (kept together in one tab
 * and one shard). `order` is the unit's place in the whole run (before sharding): results are
 * written in this order, whichever shard or lane audited them.
 */
export type AuditUnit = ({ kind: 'page'; page: PageTarget } | { kind: 'journey'; name: string; label?: string; steps: PageTarget[] }) & {
  order: number;
  /** Names the unit in the stream: a page's canonical address, or "journey:<order>". */
  key: string;
  /** How many clicks from a crawl's start page (0 for listed targets). */
  depth?: number;
};

/** A target as given: on the command line (base = working folder) or in a list (base = the list's folder). */
export interface TargetSpec {
  given: string;
  base: string;
  /** Where it was given, for messages: "urls.txt line 3". */
  where?: string;
}

/** A local folder served under a host name, so its files load like a site (relative links work). */
export interface LocalSite {
  host: string;
  /** Absolute path. */
  folder: string;
}

export interface ResolvedTargets {
  units: AuditUnit[];
  /** What the local site server plays: the bundled demo site, then one made-up host per folder of local files. Every other host is the real web. */
  sites: LocalSite[];
  /** Addresses given more than once (after dropping fragments and tracking parameters), audited once. */
  duplicates: number;
}

/** `.test` is reserved (RFC 2606): these names can never be a real site. */
const FILE_HOST_SUFFIX = '.files.dotbogi.test';

/**
 * Turns the given targets into audit units. URLs are put in their canonical form (crawl/
 * canonical.ts) and each address is audited once; local files are served by the local site
 * server (simpler and closer to a real site than file://, which extensions may not touch without
 * a per-extension switch). No targets and `demoIfEmpty`: the bundled demo journeys. `root` is the
 * repository's, where the demo site lives.
 */
export function resolveTargets(
  specs: readonly TargetSpec[],
  options: {
    journey: boolean;
    root: string;
    trackingParams: readonly string[];
    demoIfEmpty?: boolean;
    isFile?: (path: string) => boolean;
    sites?: LocalSite[];
  },
): ResolvedTargets {
  const isFile = options.isFile ?? ((path: string) => existsSync(path) && statSync(path).isFile());
  const demoSite = { host: demo.host, folder: resolve(options.root, demo.folder) };
  if (specs.length === 0 && (options.demoIfEmpty ?? true)) return { units: demoUnits(), sites: [demoSite], duplicates: 0 };
  const isTracking = trackingFilter(options.trackingParams);

  const fileHosts: LocalSite[] = options.sites?.filter((site) => site.host !== demo.host) ?? [];
  const hostFor = (folder: string) => {
    let entry = fileHosts.find((candidate) => candidate.folder === folder);
    if (!entry) {
      entry = { host: `site${fileHosts.length + 1}${FILE_HOST_SUFFIX}`, folder };
      fileHosts.push(entry);
    }
    return entry.host;
  };

  const pages = specs.map(({ given, base, where }): PageTarget => {
    const at = where ? `${where}: ` : '';
    if (/^https?:\/\//i.test(given)) {
      try {
        return { given, url: canonicalUrl(given, isTracking) };
      } catch {
        throw new UsageError(`${at}"${given}" is not a valid URL.`);
      }
    }
    if (/^[a-z][a-z\d+.-]*:/i.test(given) && !/^file:\/\//i.test(given) && !/^[a-z]:[\\/]/i.test(given))
      throw new UsageError(`${at}"${given}" is not an http(s) address or a file.`);
    const path = /^file:\/\//i.test(given) ? fileURLToPath(given) : resolve(base, given);
    if (!isFile(path)) {
      throw new UsageError(
        `${at}"${given}" is neither an http(s) URL nor a file. Give a full URL such as https://www.gov.kr/ or a path to an .html file.`,
      );
    }
    const url = new URL(`http://${hostFor(dirname(path))}/`);
    url.pathname = `/${basename(path)}`;
    return { given, url: url.href };
  });

  let duplicates = 0;
  let units: AuditUnit[];
  if (options.journey) {
    // A journey may visit a page twice (a list, then the form, then the list again): no de-duplication.
    units = pages.length ? [{ kind: 'journey', name: journeyName(pages), steps: pages, order: 0, key: 'journey:0' }] : [];
  } else {
    const seen = new Set<string>();
    units = [];
    for (const page of pages) {
      if (seen.has(page.url)) {
        duplicates++;
        continue;
      }
      seen.add(page.url);
      units.push({ kind: 'page', page, order: units.length, key: page.url });
    }
  }
  return { units, sites: [demoSite, ...fileHosts], duplicates };
}

/** The site's host: it reads well in a report title in every language ("www.gov.kr 서비스 개선 보고서"). */
function journeyName(pages: PageTarget[]): string {
  return new URL(pages[0]!.url).host;
}

function demoUnits(): AuditUnit[] {
  return demo.journeys.map((journey, order) => ({
    kind: 'journey',
    name: journey.name,
    label: journey.label,
    steps: journey.steps.map((path) => ({ given: path, url: `http://${demo.host}${path}` })),
    order,
    key: `journey:${order}`,
  }));
}

/** A target as printed in progress lines and summaries: long query strings shortened. */
export function displayName(target: Pick<PageTarget, 'given'>, max = 90): string {
  if (target.given.length <= max) return target.given;
  const cut = target.given.indexOf('?');
  const base = cut >= 0 && cut < max - 2 ? `${target.given.slice(0, cut)}?…` : `${target.given.slice(0, max - 1)}…`;
  return base;
}

/** Every page a list of units will visit, in order (for progress and counts). */
export function pagesOf(units: readonly AuditUnit[]): PageTarget[] {
  return units.flatMap((unit) => (unit.kind === 'page' ? [unit.page] : unit.steps));
}

/** The demo site's host: served locally, never rate-limited. */
export const DEMO_HOST = demo.host;
