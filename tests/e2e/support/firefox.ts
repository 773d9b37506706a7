import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { TestWeb } from '../../fixtures/test-web.ts';
import { OUT_DIR, ROOT } from './paths.ts';

/** Debian's Firefox ESR (`apt-get install firefox-esr`); FIREFOX_PATH overrides. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/**
 * The Firefox package users get (`npm run build:firefox`), not an e2e build: government hosts are
 * in its host permissions already, and its first-run welcome tab is how the suite reaches the
 * extension's own pages (WebDriver BiDi may not navigate to moz-extension: URLs itself).
 */
export const FIREFOX_EXTENSION = resolve(OUT_DIR, 'firefox-mv3');
/** wxt.config.ts's gecko id. */
export const GECKO_ID = 'dotbogi@dotbogi.kr';
/** Firefox gives each extension a random internal host; this pref fixes ours, so tests can open its pages. */
const EXTENSION_UUID = '5b1a7e0c-7d2f-4a5e-9c1d-0d07b0617000';

export interface FirefoxSession {
  browser: Browser;
  /** The first-run welcome tab the extension opened on install (one of its own pages). */
  welcome: Page;
  /** A page of the test web, on its real host name (every name resolves to the loopback server). */
  url(host: string, path: string): string;
  /** Opens one of the extension's own pages, e.g. 'sidepanel.html?tabId=3'. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the Firefox package unless DOTBOGI_SKIP_E2E_BUILD is set (global-setup builds only Chromium's). */
export function buildFirefoxExtension() {
  if (!process.env.DOTBOGI_SKIP_E2E_BUILD) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json'))) {
    throw new Error(`The Firefox build is missing at ${FIREFOX_EXTENSION}: run \`npm run build:firefox\`.`);
  }
}

/**
 * Starts Debian's Firefox ESR headless, driven over WebDriver BiDi by puppeteer-core, with the
 * built Firefox package installed as an unpacked extension. `network.dns.forceResolve` sends
 * every host name to the loopback test web, so government hosts (*.go.kr) are served locally
 * and the always-on overlay runs there as it would for a user.
 */
export async function launchFirefox(web: TestWeb): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}. Install Debian's package (\`sudo apt-get install -y firefox-esr\`) or set FIREFOX_PATH.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // A Korean user, as in the Chromium suite.
      'intl.accept_languages': 'ko-KR, ko',
      'intl.locale.requested': 'ko-KR',
    },
  });
  let welcome: Page;
  try {
    await browser.installExtension(FIREFOX_EXTENSION);
    welcome = await pageAt(browser, `moz-extension://${EXTENSION_UUID}/welcome.html`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    welcome,
    url: (host, path) => `http://${host}:${web.port}${path}`,
    async openExtensionPage(path) {
      // The extension opens its own page (a tab it creates), which BiDi then drives like any other.
      const url = `moz-extension://${EXTENSION_UUID}/${path}`;
      await welcome.evaluate((address) => void (globalThis as unknown as ExtensionGlobal).browser.tabs.create({ url: address }), url);
      return pageAt(browser, url);
    },
    close: () => browser.close(),
  };
}

/**
 * The open page at `url`, once loaded. Over BiDi, Firefox reports a tab an extension opened as
 * about:blank until asked, so each page is asked where it is.
 */
async function pageAt(browser: Browser, url: string, timeoutMs = 20_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const where = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
      if (where === url) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No page at ${url} after ${timeoutMs} ms.`);
}

interface ExtensionGlobal {
  browser: {
    tabs: { create(options: { url: string }): Promise<unknown>; query(query: object): Promise<{ id: number; url: string }[]> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

/** The extension's id for a tab showing `url`, asked from one of its own pages. */
export function firefoxTabId(session: FirefoxSession, url: string): Promise<number> {
  return session.welcome.evaluate(async (target) => {
    const tabs = await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({});
    return tabs.find((tab) => tab.url === target)!.id;
  }, url);
}

/** Changes the language setting the way the popup's menu does (a settings:update message). */
export async function setFirefoxLanguage(session: FirefoxSession, language: string): Promise<void> {
  await session.welcome.evaluate(
    (value) =>
      (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage({
        dotbogi: 1,
        type: 'settings:update',
        payload: { language: value },
      }),
    language,
  );
}
