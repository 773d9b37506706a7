import { rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page, type Worker } from 'playwright-core';
import { chromiumLaunchOptions, proxyEverythingTo } from './chromium.ts';
import type { SiteServer } from './site-server.ts';
import { newProfile } from './profiles.ts';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The background service worker (it may be restarted; call again after a restart). */
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page (e.g. 'popup.html?tabId=3'). */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser; removes the profile unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** A built extension (a folder with manifest.json). */
  extensionDir: string;
  /** Serves local sites; Chromium uses it as its proxy. */
  server: SiteServer;
  /** Reuse a profile (a browser restart); default: a new one in the temp folder. */
  userDataDir?: string;
  /**
   * Send only these hosts to the server and let every other request go out directly (the audit
   * CLI auditing real sites). Default: every request goes to the server.
   */
  proxyOnlyHosts?: string[];
  /** A device to emulate instead of the desktop window (e.g. a phone: isMobile, hasTouch, a small viewport). */
  device?: Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor' | 'isMobile' | 'hasTouch' | 'userAgent'>;
  /**
   * Leave Ctrl-C and SIGTERM to the caller: Playwright otherwise closes the browser on them at
   * once, and the audit CLI finishes the pages in progress first (Chromium runs in its own process
   * group, so a terminal's Ctrl-C does not reach it).
   */
  callerHandlesSignals?: boolean;
}

/** Launches Debian's Chromium headless with one extension loaded and its requests routed through `server`. */
export async function launchExtensionBrowser(options: LaunchOptions): Promise<ExtensionBrowser> {
  const { extensionDir, server } = options;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir} (manifest.json is missing).`);
  const userDataDir = options.userDataDir ?? (await newProfile());
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...chromiumLaunchOptions([
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.proxyOnlyHosts
        ? [`--proxy-pac-url=${proxyAutoConfig(options.proxyOnlyHosts, server.port)}`]
        : proxyEverythingTo(server.proxy)),
    ]),
    ...options.device,
    ...(options.callerHandlesSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A proxy auto-config script (as a data: URL) that sends only `hosts` to the server on `port`. */
function proxyAutoConfig(hosts: string[], port: number): string {
  const script = `function FindProxyForURL(url, host) { return ${JSON.stringify(hosts)}.indexOf(host) >= 0 ? "PROXY 127.0.0.1:${port}" : "DIRECT"; }`;
  return `data:application/x-ns-proxy-autoconfig;base64,${Buffer.from(script).toString('base64')}`;
}
