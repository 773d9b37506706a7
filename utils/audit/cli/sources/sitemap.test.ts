import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TooLargeError, type FetchBytes } from '../crawl/fetch.ts';
import { parseSitemap, readSitemaps } from './sitemap.ts';

const urlset = (...locs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.map((loc) => `  <url><loc>${loc}</loc></url>`).join('\n')}\n</urlset>\n`;
const index = (...locs: string[]) =>
  `<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.map((loc) => `<sitemap><loc>${loc}</loc></sitemap>`).join('\n')}\n</sitemapindex>`;

/** A made-up site answering from a table (bytes or text), 404 otherwise; counts what was asked. */
function site(pages: Record<string, string | Buffer>) {
  const asked: string[] = [];
  const fetch: FetchBytes = async (url, { maxBytes }) => {
    asked.push(url);
    const body = pages[url];
    if (body === undefined) return { status: 404, url, body: Buffer.from('') };
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    if (bytes.byteLength > maxBytes) throw new TooLargeError(`${url} is too large`);
    return { status: 200, url, body: bytes };
  };
  return { fetch, asked };
}

describe('sitemaps (--sitemap)', () => {
  it('reads the addresses of a sitemap index’s sitemaps, gzip or not, in document order with their lines', async () => {
    const { fetch } = site({
      'https://a.go.kr/sitemap.xml': index('https://a.go.kr/s1.xml.gz', '/s2.xml'),
      'https://a.go.kr/s1.xml.gz': gzipSync(urlset('https://a.go.kr/1', 'https://a.go.kr/2')),
      'https://a.go.kr/s2.xml': urlset('https://a.go.kr/3'),
    });
    const result = await readSitemaps(['https://a.go.kr/sitemap.xml'], { cwd: '/', fetch });
    expect(result.entries).toEqual([
      { url: 'https://a.go.kr/1', where: 'https://a.go.kr/s1.xml.gz line 3' },
      { url: 'https://a.go.kr/2', where: 'https://a.go.kr/s1.xml.gz line 4' },
      { url: 'https://a.go.kr/3', where: 'https://a.go.kr/s2.xml line 3' },
    ]);
    expect(result.notes).toEqual([]);
  });

  it('names the file and line of a document that is not well-formed, or not a sitemap', () => {
    expect(() =>
      parseSitemap('<urlset>\n<url><loc>https://a.kr/</loc></url>\n<url><loc>https://b.kr/</url>\n</urlset>', 'map.xml'),
    ).toThrow(/^map\.xml line 3: unexpected close tag/);
    expect(() => parseSitemap('<html><body>Not found</body></html>', 'map.xml')).toThrow(/^map\.xml line 1: <html> is not a sitemap/);
    expect(() => parseSitemap('<urlset>\n<url><loc>javascript:alert(1)</loc></url></urlset>', 'map.xml')).toThrow(
      /^map\.xml line 2: "javascript:alert\(1\)" is not an http\(s\) address/,
    );
  });

  it('bounds a sitemap bomb: a gzip that unpacks too large, indexes nested too deep, too many files or addresses', async () => {
    const bomb = gzipSync(Buffer.alloc(3 * 2 ** 20, 0x20));
    const nested: Record<string, string | Buffer> = {
      'https://a.go.kr/0.xml': index('https://a.go.kr/1.xml', 'https://a.go.kr/bomb.xml.gz'),
      'https://a.go.kr/1.xml': index('https://a.go.kr/2.xml'),
      'https://a.go.kr/2.xml': index('https://a.go.kr/3.xml'),
      'https://a.go.kr/bomb.xml.gz': bomb,
    };
    const { fetch, asked } = site(nested);
    const result = await readSitemaps(['https://a.go.kr/0.xml'], { cwd: '/', fetch, limits: { bytesPerFile: 2 ** 20 } });
    expect(result.entries).toEqual([]);
    expect(asked).not.toContain('https://a.go.kr/3.xml');
    expect(result.notes).toEqual([
      'https://a.go.kr/2.xml is a sitemap index nested 2 deep; its 1 sitemaps were not read (sitemap limit).',
      'https://a.go.kr/bomb.xml.gz was not read: it unpacks to more than 1 MiB (sitemap limit).',
    ]);

    const many = site({ 'https://a.go.kr/big.xml': urlset(...Array.from({ length: 30 }, (_, n) => `https://a.go.kr/${n}`)) });
    const capped = await readSitemaps(['https://a.go.kr/big.xml'], { cwd: '/', fetch: many.fetch, limits: { urlsPerFile: 10 } });
    expect(capped.entries).toHaveLength(10);
    expect(capped.notes).toEqual(['https://a.go.kr/big.xml lists more than 10 addresses; the rest were not read (sitemap limit).']);
    const maxPages = await readSitemaps(['https://a.go.kr/big.xml'], { cwd: '/', fetch: many.fetch, maxUrls: 5 });
    expect(maxPages.entries).toHaveLength(5);
    expect(maxPages.notes).toEqual(['Stopped at 5 addresses from sitemaps (--max-pages).']);
  });

  it('stops the run when the sitemap it was given cannot be read; notes one an index lists', async () => {
    const { fetch } = site({ 'https://a.go.kr/index.xml': index('https://a.go.kr/gone.xml') });
    await expect(readSitemaps(['https://a.go.kr/missing.xml'], { cwd: '/', fetch })).rejects.toThrow(
      'Cannot read the sitemap https://a.go.kr/missing.xml: the server answered HTTP 404',
    );
    const result = await readSitemaps(['https://a.go.kr/index.xml'], { cwd: '/', fetch });
    expect(result.notes).toEqual(['https://a.go.kr/gone.xml (listed in a sitemap index) could not be read: the server answered HTTP 404.']);
  });
});
