import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import demo from './demo-journeys.json' with { type: 'json' };
import { UsageError } from './usage-error.ts';

/** One page to audit: what the user typed, and the URL Chromium opens. */
export interface PageTarget {
  given: string;
  url: string;
}

/** What one tab audits: a single page, or the ordered steps of one task (kept together in one tab and one shard). */
export type AuditUnit = { kind: 'page'; page: PageTarget } | { kind: 'journey'; name: string; label?: string; steps: PageTarget[] };

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
}

/** `.test` is reserved (RFC 2606): these names can never be a real site. */
const FILE_HOST_SUFFIX = '.files.dotbogi.test';

/**
 * Turns the command line's targets into audit units. URLs stay as they are; local files are
 * served by the local site server (simpler and closer to a real site than file://, which
 * extensions may not touch without a per-extension switch). No targets: the bundled demo journeys.
 * `root` is the repository's, where the demo site lives.
 */
export function resolveTargets(
  targets: readonly string[],
  options: { journey: boolean; cwd: string; root: string; isFile?: (path: string) => boolean },
): ResolvedTargets {
  const isFile = options.isFile ?? ((path: string) => existsSync(path) && statSync(path).isFile());
  const demoSite = { host: demo.host, folder: resolve(options.root, demo.folder) };
  if (targets.length === 0) return { units: demoUnits(), sites: [demoSite] };

  const fileHosts: LocalSite[] = [];
  const hostFor = (folder: string) => {
    let entry = fileHosts.find((candidate) => candidate.folder === folder);
    if (!entry) {
      entry = { host: `site${fileHosts.length + 1}${FILE_HOST_SUFFIX}`, folder };
      fileHosts.push(entry);
    }
    return entry.host;
  };

  const pages = targets.map((given): PageTarget => {
    if (/^https?:\/\//i.test(given)) {
      try {
        return { given, url: new URL(given).href };
      } catch {
        throw new UsageError(`"${given}" is not a valid URL.`);
      }
    }
    const path = /^file:\/\//i.test(given) ? fileURLToPath(given) : resolve(options.cwd, given);
    if (!isFile(path)) {
      throw new UsageError(
        `"${given}" is neither an http(s) URL nor a file. Give a full URL such as https://www.gov.kr/ or a path to an .html file.`,
      );
    }
    const url = new URL(`http://${hostFor(dirname(path))}/`);
    url.pathname = `/${basename(path)}`;
    return { given, url: url.href };
  });

  const units: AuditUnit[] = options.journey
    ? [{ kind: 'journey', name: journeyName(pages), steps: pages }]
    : pages.map((page) => ({ kind: 'page', page }));
  return { units, sites: [demoSite, ...fileHosts] };
}

function journeyName(pages: PageTarget[]): string {
  const first = new URL(pages[0]!.url);
  return `${first.host} journey (${pages.length} pages)`;
}

function demoUnits(): AuditUnit[] {
  return demo.journeys.map((journey) => ({
    kind: 'journey',
    name: journey.name,
    label: journey.label,
    steps: journey.steps.map((path) => ({ given: path, url: `http://${demo.host}${path}` })),
  }));
}

/** A target as printed in progress lines and summaries: long query strings shortened. */
export function displayName(target: PageTarget, max = 90): string {
  if (target.given.length <= max) return target.given;
  const cut = target.given.indexOf('?');
  const base = cut >= 0 && cut < max - 2 ? `${target.given.slice(0, cut)}?…` : `${target.given.slice(0, max - 1)}…`;
  return base;
}

/** Every page a list of units will visit, in order (for progress and counts). */
export function pagesOf(units: readonly AuditUnit[]): PageTarget[] {
  return units.flatMap((unit) => (unit.kind === 'page' ? [unit.page] : unit.steps));
}
