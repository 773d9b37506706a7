import { request } from 'node:http';

/** How the CLI names itself to servers when it reads robots.txt and sitemaps (pages are loaded by Chromium). */
export const USER_AGENT = 'DotbogiAudit/1 (web accessibility audit)';
/** The token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'DotbogiAudit';

export interface Fetched {
  status: number;
  /** Where the answer came from, after redirects. */
  url: string;
  body: Buffer;
}

export type FetchBytes = (url: string, options: { maxBytes: number; timeoutMs: number }) => Promise<Fetched>;

/** The body was larger than asked for: a sitemap bomb, or not a sitemap at all. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/**
 * Reads robots.txt and sitemaps from Node. Hosts the local site server plays (the demo site,
 * local files; every host with --offline) are asked through it as a proxy, exactly as Chromium
 * asks; every other host directly. Bodies are bounded while they arrive, never after.
 */
export function createFetcher(options: { proxyPort: number; viaProxy: (host: string) => boolean }): FetchBytes {
  return async (address, { maxBytes, timeoutMs }) => {
    const url = new URL(address);
    if (options.viaProxy(url.hostname)) return viaProxy(url, options.proxyPort, maxBytes, timeoutMs);
    const response = await fetch(url, {
      headers: { 'user-agent': USER_AGENT },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const chunks: Buffer[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); reader && chunk && !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new TooLargeError(`${address} is larger than ${Math.round(maxBytes / 2 ** 20)} MiB`);
      }
      chunks.push(Buffer.from(chunk.value));
    }
    return { status: response.status, url: response.url || url.href, body: Buffer.concat(chunks) };
  };
}

function viaProxy(url: URL, port: number, maxBytes: number, timeoutMs: number): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, method: 'GET', path: url.href, headers: { host: url.host, 'user-agent': USER_AGENT }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > maxBytes) {
            response.destroy();
            reject(new TooLargeError(`${url.href} is larger than ${Math.round(maxBytes / 2 ** 20)} MiB`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, url: url.href, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer from ${url.host} in ${timeoutMs / 1000} s`)));
    outgoing.on('error', reject);
    outgoing.end();
  });
}
