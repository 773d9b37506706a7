/**
 * Firefox, for real (issue 18): the Firefox package users get, installed in Debian's Firefox ESR
 * (headless, WebDriver BiDi through puppeteer-core), on the demo government site served locally
 * under its real host name. A smoke suite: the launcher, the panel in Korean and English, 쉬운 글
 * 보기, a guide, a page audit from the designer's side panel — and `web-ext lint`, the check
 * addons.mozilla.org runs, with no errors and only the warnings wxt.config.ts explains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startTestWeb, type TestWeb } from '../fixtures/test-web';
import { ARTIFACTS, ROOT } from './support/paths';
import {
  buildFirefoxExtension,
  FIREFOX_EXTENSION,
  firefoxTabId,
  launchFirefox,
  setFirefoxLanguage,
  type FirefoxSession,
} from './support/firefox';
import { FIREFOX_LINT_WARNINGS_EXPLAINED } from '../../wxt.config';

const HOME = '/before/index.html';

describe('Dotbogi in Firefox ESR', () => {
  let web: TestWeb;
  let firefox: FirefoxSession;
  beforeAll(async () => {
    buildFirefoxExtension();
    web = await startTestWeb({ hosts: { 'www.saesol.go.kr': 'phone' } });
    firefox = await launchFirefox(web);
    await mkdir(ARTIFACTS, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await firefox?.close();
    await web?.close();
  });

  async function open(host: string, path: string): Promise<Page> {
    const page = await firefox.browser.newPage();
    await page.goto(firefox.url(host, path));
    await page.waitForSelector('dotbogi-overlay >>> .launcher', { timeout: 15_000 });
    return page;
  }
  const inOverlay = (page: Page, selector: string, timeout = 10_000) =>
    page.waitForSelector(`dotbogi-overlay >>> ${selector}`, { timeout }) as Promise<ElementHandle<Element>>;
  const text = (handle: ElementHandle<Element>) => handle.evaluate((element) => element.textContent ?? '');
  /** The panel's section title button with this text. */
  const section = async (page: Page, title: string) => {
    const buttons = await page.$$('dotbogi-overlay >>> .section-title button');
    for (const button of buttons) if ((await text(button)).includes(title)) return button;
    throw new Error(`No section "${title}" in the panel.`);
  };

  it('passes web-ext lint with no errors, and only the warnings wxt.config.ts explains', () => {
    let output: string;
    try {
      output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION, '--output', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (error) {
      // web-ext exits non-zero when there are errors; the JSON still says which.
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output) as { errors: { code: string; message: string }[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    const unexplained = report.warnings.filter((warning) => !FIREFOX_LINT_WARNINGS_EXPLAINED.includes(warning.code));
    expect(unexplained).toEqual([]);
  }, 120_000);

  it('mounts the launcher on a government page and opens the panel in Korean, then in English', async () => {
    const page = await open('demo.gov.kr', HOME);
    const launcher = await inOverlay(page, '.launcher');
    expect(await text(launcher)).toContain('돋보기');
    await launcher.click();
    expect(await text(await inOverlay(page, '#dotbogi-panel-title'))).toBe('돋보기 도움말');
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-panel-ko.png') });

    await setFirefoxLanguage(firefox, 'en');
    await page.waitForFunction(
      () => document.querySelector('dotbogi-overlay')?.shadowRoot?.querySelector('#dotbogi-panel-title')?.textContent === 'Dotbogi help',
      { timeout: 10_000 },
    );
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-panel-en.png') });
    await setFirefoxLanguage(firefox, '');
    await page.close();
  });

  it('opens 쉬운 글 보기 with Readability, the notice kept exactly', async () => {
    await setFirefoxLanguage(firefox, 'ko');
    const page = await open('www.saesol.go.kr', '/notice-2010.html');
    await (await inOverlay(page, '.launcher')).click();
    await inOverlay(page, '#dotbogi-panel');
    await (await section(page, '쉬운 글로 읽기')).click();
    await (await inOverlay(page, '[data-section="easy-read"] .section-body button.primary')).click();
    await inOverlay(page, '.easy-read article:not([aria-busy])', 20_000);
    const article = await text(await inOverlay(page, '.easy-read article'));
    expect(article).toContain('주민등록표 등·초본 발급 안내');
    expect(article).toContain('우편요금 1,520원은 신청인이 부담합니다.');
    expect(article).toContain('「정부24에서 발급하기」');
    // Firefox has no Translator API: the view explains Firefox's own (on-device) page translation when asked in another language.
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-easy-read-ko.png') });
    await page.close();
  });

  it('starts a guide and points at the first step on the page', async () => {
    const page = await open('demo.gov.kr', HOME);
    await (await inOverlay(page, '.launcher')).click();
    await inOverlay(page, '#dotbogi-panel');
    const guides = await section(page, '도와 드릴 일');
    if ((await guides.evaluate((element) => element.getAttribute('aria-expanded'))) !== 'true') await guides.click();
    const start = await page.waitForFunction(
      () =>
        [...(document.querySelector('dotbogi-overlay')?.shadowRoot?.querySelectorAll('button') ?? [])].find((button) =>
          (button.getAttribute('aria-label') ?? button.textContent ?? '').startsWith('주민등록표 등본 떼기: '),
        ),
      { timeout: 10_000 },
    );
    await (start as unknown as ElementHandle<HTMLButtonElement>).click();
    const card = await inOverlay(page, '.guide-card h2', 15_000);
    expect(await text(card)).toBe('주민등록표 등본 떼기');
    await inOverlay(page, '.dotbogi-layer .ring', 15_000);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-guide-ko.png') });
    // Leave no guide running for the next test.
    await firefox.welcome.evaluate(() =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({
        dotbogi: 1,
        type: 'guide:progress',
        payload: { progress: null },
      }),
    );
    await page.close();
  });

  it('audits a page from the designer’s side panel', async () => {
    const page = await open('demo.gov.kr', '/before/resident-copy/apply.html');
    const tabId = await firefoxTabId(firefox, page.url());
    const panel = await firefox.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const run = await panel.waitForSelector('::-p-aria(이 페이지 검사[role="button"])', { timeout: 15_000 });
    await run!.click();
    await panel.waitForSelector('::-p-aria(문제[role="heading"])', { timeout: 90_000 });
    await panel.waitForSelector('::-p-text(누르기 어려운 작은 버튼·링크)', { timeout: 10_000 });
    await panel.screenshot({ path: join(ARTIFACTS, 'firefox-audit-ko.png') });
    await panel.close();
    await page.close();
  }, 150_000);
});
