import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { findChromium } from './chromium';
import { E2E_EXTENSION } from './paths';
import { startTestWeb, type TestWeb } from '../../fixtures/test-web';
import { recordForNoNetworkCheck } from './recorded-sessions';

/**
 * Hosts Chromium itself contacts at start-up (sign-in, component and extension updates,
 * network time) whatever extensions are loaded; no command-line switch silences all of them.
 * The proxy still records them, and the no-network check only excuses these exact hosts.
 * Requests from our own contexts are also checked at the source (see `requests` below).
 */
export const CHROMIUM_SERVICE_HOSTS = [
  'accounts.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  // Chromium's autofill server, queried when someone types into a page's form (seen with no
  // extension loaded at all, typing on demo.gov.kr/before/move-in/apply.html).
  'content-autofill.googleapis.com',
  // Chromium's leaked-password check, run when a form with a password field is submitted.
  'passwordsleakcheck-pa.googleapis.com',
  // Chromium's download redirector for its own components and models.
  'redirector.gvt1.com',
];

export interface ExtensionSession {
  context: BrowserContext;
  /** Every request Playwright saw from pages, extension pages and the service worker. */
  requests: { url: string; from: string }[];
  extensionId: string;
  web: TestWeb;
  userDataDir: string;
  /** The background service worker (it may be restarted; call again after a restart). */
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page (e.g. 'popup.html?tabId=3'). */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser; keeps the profile unless `keepProfile` is false. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Every browser we start, with or without the extension (the bench baseline), gets these. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // Fewer of Chromium's own calls home; those left are listed in CHROMIUM_SERVICE_HOSTS.
  '--disable-features=AutofillServerCommunication,PasswordLeakDetection,OptimizationHints,Translate,MediaRouter',
];

/**
 * Launches Debian's Chromium headless with the built e2e extension loaded and every request
 * routed through the test web (which records them). Pass `userDataDir` and `web` to restart a
 * browser on an existing profile.
 */
export async function launchWithExtension(
  options: {
    userDataDir?: string;
    web?: TestWeb;
    locale?: string;
    /** Another build of the extension (the audit CLI loads its `cli` build); default: the e2e build. */
    extensionDir?: string;
    /**
     * Send only these hosts through the test web and let every other request go out directly
     * (the audit CLI auditing real sites). Default: every request goes through the test web.
     */
    proxyOnlyHosts?: string[];
  } = {},
): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? E2E_EXTENSION;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The e2e build is missing at ${extensionDir}. Run \`npm run build:e2e\` (the test command does it for you).`);
  }
  const web = options.web ?? (await startTestWeb());
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'dotbogi-e2e-')));
  // Lets Playwright report the service worker's own requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    locale: options.locale ?? 'ko-KR',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.proxyOnlyHosts
        ? [`--proxy-pac-url=${proxyAutoConfig(options.proxyOnlyHosts, web.port)}`]
        : [
            `--proxy-server=${web.proxy}`,
            // Without this, Chromium skips the proxy for loopback and those requests go unrecorded.
            '--proxy-bypass-list=<-loopback>',
          ]),
      ...CHROMIUM_FLAGS,
    ],
  });
  const requests: ExtensionSession['requests'] = [];
  recordForNoNetworkCheck({ web, requests });
  context.on('request', (request) => {
    requests.push({ url: request.url(), from: requestSource(request) });
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    requests,
    extensionId,
    web,
    userDataDir,
    serviceWorker,
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!options.web) await web.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A proxy auto-config script (as a data: URL) that sends only `hosts` to the test web. */
export function proxyAutoConfig(hosts: string[], port: number): string {
  const script = `function FindProxyForURL(url, host) { return ${JSON.stringify(hosts)}.indexOf(host) >= 0 ? "PROXY 127.0.0.1:${port}" : "DIRECT"; }`;
  return `data:application/x-ns-proxy-autoconfig;base64,${Buffer.from(script).toString('base64')}`;
}

/** Where a request came from. A navigation that opens a new window has no frame yet: Playwright throws then. */
function requestSource(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return 'new window';
  }
}

/** The id of the tab showing `url`, as the extension sees it. */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async (target) => {
    const [tab] = await chrome.tabs.query({ url: target });
    return tab!.id!;
  }, url);
}

/** Stops the extension's service worker, as Chrome does when it has been idle. */
export async function stopServiceWorkers(session: ExtensionSession): Promise<void> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}
