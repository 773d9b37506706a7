import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium';
import { E2E_EXTENSION } from './paths';
import { startTestWeb, type TestWeb } from '../../fixtures/test-web';

/**
 * Hosts Chromium itself contacts at start-up (sign-in, component and extension updates,
 * network time) whatever extensions are loaded; no command-line switch silences all of them.
 * The proxy still records them, and the no-network check only excuses these exact hosts.
 * Requests from our own contexts are also checked at the source (see `requests` below).
 */
export const CHROMIUM_SERVICE_HOSTS = ['accounts.google.com', 'update.googleapis.com', 'clients2.google.com'];

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

/**
 * Launches Debian's Chromium headless with the built e2e extension loaded and every request
 * routed through the test web (which records them). Pass `userDataDir` and `web` to restart a
 * browser on an existing profile.
 */
export async function launchWithExtension(
  options: { userDataDir?: string; web?: TestWeb; locale?: string } = {},
): Promise<ExtensionSession> {
  if (!existsSync(join(E2E_EXTENSION, 'manifest.json'))) {
    throw new Error(`The e2e build is missing at ${E2E_EXTENSION}. Run \`npm run build:e2e\` (the test command does it for you).`);
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
      `--disable-extensions-except=${E2E_EXTENSION}`,
      `--load-extension=${E2E_EXTENSION}`,
      `--proxy-server=${web.proxy}`,
      // Without this, Chromium skips the proxy for loopback and those requests go unrecorded.
      '--proxy-bypass-list=<-loopback>',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const requests: ExtensionSession['requests'] = [];
  context.on('request', (request) => {
    const from = request.serviceWorker()?.url() ?? request.frame()?.url() ?? 'unknown';
    requests.push({ url: request.url(), from });
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
