import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from '../../../utils/browser/extension-browser.ts';
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

export interface ExtensionSession extends ExtensionBrowser {
  /** Every request Playwright saw from pages, extension pages and the service worker. */
  requests: { url: string; from: string }[];
  web: TestWeb;
}

/**
 * Launches Debian's Chromium headless with the built e2e extension loaded and every request
 * routed through the test web (which records them). Pass `userDataDir` and `web` to restart a
 * browser on an existing profile.
 */
export async function launchWithExtension(
  options: { userDataDir?: string; web?: TestWeb; device?: LaunchOptions['device'] } = {},
): Promise<ExtensionSession> {
  if (!existsSync(join(E2E_EXTENSION, 'manifest.json'))) {
    throw new Error(`The e2e build is missing at ${E2E_EXTENSION}. Run \`npm run build:e2e\` (the test command does it for you).`);
  }
  const web = options.web ?? (await startTestWeb());
  // Lets Playwright report the service worker's own requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const browser = await launchExtensionBrowser({
    extensionDir: E2E_EXTENSION,
    server: web,
    userDataDir: options.userDataDir,
    device: options.device,
  });
  const requests: ExtensionSession['requests'] = [];
  recordForNoNetworkCheck({ web, requests });
  browser.context.on('request', (request) => {
    requests.push({ url: request.url(), from: requestSource(request) });
  });
  return {
    ...browser,
    requests,
    web,
    close: async ({ keepProfile = false } = {}) => {
      await browser.close({ keepProfile });
      if (!options.web) await web.close();
    },
  };
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
