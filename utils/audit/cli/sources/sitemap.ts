import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { TooLargeError, type FetchBytes } from '../crawl/fetch.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Bounds against sitemap bombs (a gzip that unpacks to gigabytes, an index of indexes of
 * indexes, millions of addresses). The first two are the sitemaps protocol's own limits
 * (sitemaps.org: 50,000 addresses and 50 MB unpacked per file); an index inside an index is not
 * allowed there at all, so one level of it is already lenient.
 */
export const SITEMAP_LIMITS = {
  bytesPerFile: 50 * 2 ** 20,
  urlsPerFile: 50_000,
  /** Index → index → sitemap. */
  depth: 2,
  files: 1_000,
  urls: 200_000,
  timeoutMs: 30_000,
};

export interface SitemapEntry {
  url: string;
  /** For messages: "sitemap.xml line 12". */
  where: string;
}

export interface SitemapResult {
  entries: SitemapEntry[];
  /** What a limit cut short, for run.json and the summary. */
  notes: string[];
}

/**
 * Every page address in a sitemap or a sitemap index (by URL or local file, gzip or not), in
 * document order. A file that is not a sitemap, or is not well-formed XML, stops the run with its
 * name and line (UsageError, exit 2); what a bound cuts short is a note, never a silent loss.
 */
export async function readSitemaps(
  sources: readonly string[],
  options: { cwd: string; fetch: FetchBytes; maxUrls?: number; limits?: Partial<typeof SITEMAP_LIMITS> },
): Promise<SitemapResult> {
  const limits = { ...SITEMAP_LIMITS, ...options.limits };
  const maxUrls = Math.min(options.maxUrls ?? Infinity, limits.urls);
  const entries: SitemapEntry[] = [];
  const notes: string[] = [];
  const seenFiles = new Set<string>();
  let files = 0;
  let stopped = false;

  const visit = async (source: string, depth: number, given: boolean): Promise<void> => {
    if (stopped || seenFiles.has(source)) return;
    seenFiles.add(source);
    if (++files > limits.files) {
      notes.push(`Stopped reading sitemaps after ${limits.files} files (sitemap limit); ${source} and any after it were not read.`);
      stopped = true;
      return;
    }
    let bytes: Buffer;
    try {
      bytes = unpack(await load(source, options, limits), limits.bytesPerFile);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof TooLargeError) {
        notes.push(`${source} was not read: ${message} (sitemap limit).`);
        return;
      }
      if (given) throw new UsageError(`Cannot read the sitemap ${source}: ${message}`);
      notes.push(`${source} (listed in a sitemap index) could not be read: ${message}.`);
      return;
    }
    const { kind, locs } = parseSitemap(bytes.toString('utf8'), source);
    if (kind === 'index') {
      if (depth >= limits.depth) {
        notes.push(`${source} is a sitemap index nested ${depth} deep; its ${locs.length} sitemaps were not read (sitemap limit).`);
        return;
      }
      for (const loc of locs) await visit(loc.url, depth + 1, false);
      return;
    }
    let taken = 0;
    for (const loc of locs) {
      if (entries.length >= maxUrls) {
        notes.push(`Stopped at ${maxUrls} addresses from sitemaps${maxUrls === limits.urls ? ' (sitemap limit)' : ' (--max-pages)'}.`);
        stopped = true;
        return;
      }
      if (taken++ >= limits.urlsPerFile) {
        notes.push(`${source} lists more than ${limits.urlsPerFile} addresses; the rest were not read (sitemap limit).`);
        return;
      }
      entries.push(loc);
    }
  };

  for (const source of sources) await visit(isUrl(source) ? new URL(source).href : resolve(options.cwd, source), 0, true);
  return { entries, notes };
}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

async function load(source: string, options: { fetch: FetchBytes }, limits: typeof SITEMAP_LIMITS): Promise<Buffer> {
  if (!isUrl(source)) {
    const bytes = await readFile(source);
    if (bytes.byteLength > limits.bytesPerFile) throw new TooLargeError(`${source} is larger than ${limits.bytesPerFile / 2 ** 20} MiB`);
    return bytes;
  }
  const answer = await options.fetch(source, { maxBytes: limits.bytesPerFile, timeoutMs: limits.timeoutMs });
  if (answer.status >= 400) throw new Error(`the server answered HTTP ${answer.status}`);
  return answer.body;
}

/** gzip by its magic number, whatever the name or Content-Type says; unpacked at most `max` bytes. */
function unpack(bytes: Buffer, max: number): Buffer {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: max });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new TooLargeError(`it unpacks to more than ${max / 2 ** 20} MiB`);
    throw new Error(`it is not valid gzip: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The `<loc>` of each `<url>` (a sitemap) or `<sitemap>` (an index), with its line. Relative
 * addresses are resolved against the sitemap's own address. Strict XML: a broken file is named
 * with its line rather than half read.
 */
export function parseSitemap(text: string, source: string): { kind: 'urlset' | 'index'; locs: SitemapEntry[] } {
  const parser = new SaxesParser({ xmlns: false });
  const name = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);
  const stack: string[] = [];
  let root: 'urlset' | 'index' | null = null;
  let text_ = '';
  let locLine = 0;
  const locs: SitemapEntry[] = [];
  let failure: string | null = null;
  const fail = (message: string, line = parser.line) => {
    failure ??= `${source} line ${line}: ${message}`;
  };
  parser.on('error', (error) => fail(error.message.replace(/^\d+:\d+:\s*/, '')));
  parser.on('opentag', (tag) => {
    const local = name(tag.name);
    if (stack.length === 0) {
      if (local === 'urlset') root = 'urlset';
      else if (local === 'sitemapindex') root = 'index';
      else fail(`<${tag.name}> is not a sitemap: the root must be <urlset> or <sitemapindex>`);
    }
    if (local === 'loc') {
      text_ = '';
      locLine = parser.line;
    }
    stack.push(local);
  });
  parser.on('text', (value) => {
    if (stack.at(-1) === 'loc') text_ += value;
  });
  parser.on('cdata', (value) => {
    if (stack.at(-1) === 'loc') text_ += value;
  });
  parser.on('closetag', () => {
    const local = stack.pop();
    const parent = stack.at(-1);
    if (local !== 'loc' || (parent !== 'url' && parent !== 'sitemap')) return;
    const value = text_.trim();
    try {
      const url = new URL(value, isUrl(source) ? source : undefined);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
      locs.push({ url: url.href, where: `${source} line ${locLine}` });
    } catch {
      fail(`"${value.slice(0, 200)}" is not an http(s) address`, locLine);
    }
  });
  parser.write(text).close();
  if (failure) throw new UsageError(failure);
  if (!root) throw new UsageError(`${source} line 1: not a sitemap (no <urlset> or <sitemapindex>)`);
  return { kind: root, locs };
}
