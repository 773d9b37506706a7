/**
 * A loopback HTTP server that plays whole sites from local folders, one folder per host name.
 *
 * Chromium is started with it as its proxy: for every host, with `--proxy-server` and
 * `<-loopback>`, so every request any context makes (pages, the extension's pages, its service
 * worker) passes through here and is recorded (the e2e suite proves the extension contacts
 * nothing else); or for the served hosts only, by a proxy auto-config (the audit CLI auditing real
 * sites beside local files). Local files then load like a site: relative links work, which
 * `file://` would not give an extension without a per-extension switch.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';

/** `/never` holds the connection open (a page that never finishes loading), at most this long. */
export const NEVER_MAX_MS = 45_000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.hwp': 'application/x-hwp',
  '.exe': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RecordedRequest {
  method: string;
  url: string;
  host: string;
  /** True when the request was for a host this server does not serve. */
  outside: boolean;
}

export interface SiteServer {
  /** e.g. http://127.0.0.1:43123 */
  origin: string;
  port: number;
  /** The proxy argument for Chromium. */
  proxy: string;
  /** URL of a fixture host path, e.g. url('demo.gov.kr', '/before/index.html'). */
  url(host: string, path: string): string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Serves each host from its folder (absolute paths); any other host gets a 502 and is recorded as outside. */
export async function startSiteServer(options: { hosts: Record<string, string>; port?: number }): Promise<SiteServer> {
  const { hosts } = options;
  const requests: RecordedRequest[] = [];
  let port = 0;

  const server: Server = createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    // A proxied request carries an absolute URL; a direct one only a path and a Host header.
    const target = new URL(request.url ?? '/', `http://${request.headers.host ?? `127.0.0.1:${port}`}`);
    const folder = hosts[target.hostname];
    requests.push({ method: request.method ?? 'GET', url: target.href, host: target.hostname, outside: folder === undefined });
    if (folder === undefined) return send(response, 502, `This local server does not serve ${target.hostname}.`);
    if (target.pathname === '/never') return holdOpen(response, Number(target.searchParams.get('ms')) || NEVER_MAX_MS);
    const root = resolve(folder);
    let path = normalize(join(root, decodeURIComponent(target.pathname)));
    if (!path.startsWith(root)) return send(response, 403, 'Outside the served folder.');
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      // A sidecar's ":status" plays a redirect or an error page (a crawl's off-site redirect).
      const { ':status': status, ...headers } = await sidecarHeaders(path);
      response.writeHead(Number(status ?? 200), {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      response.end(body);
    } catch {
      send(response, 404, `Not found: ${target.pathname}`);
    }
  }

  // HTTPS through the proxy arrives as CONNECT: record it and refuse (served sites are plain http).
  server.on('connect', (request: IncomingMessage, socket: Socket) => {
    const host = (request.url ?? '').split(':')[0] ?? '';
    requests.push({ method: 'CONNECT', url: `https://${request.url}`, host, outside: !(host in hosts) });
    // Chromium may reset the tunnel as soon as it reads the refusal; that reset is expected, not a server fault.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  // Likewise a browser closing a connection mid-request (a page navigated away, a test closed its tab).
  server.on('clientError', (_error, socket: Socket) => socket.destroy());

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    proxy: `http://127.0.0.1:${port}`,
    url: (host, path) => `http://${host}${host === '127.0.0.1' || host === 'localhost' ? `:${port}` : ''}${path}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Extra response headers for `<file>` from `<file>.headers.json` (e.g. a Content-Security-Policy header; ":status" for the status). */
async function sidecarHeaders(path: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(`${path}.headers.json`, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Answers nothing for `ms` (bounded, so every test ends), then an empty body. */
function holdOpen(response: ServerResponse, ms: number) {
  const timer = setTimeout(() => send(response, 204, ''), Math.min(Math.max(ms, 0), NEVER_MAX_MS));
  response.on('close', () => clearTimeout(timer));
}

function send(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
