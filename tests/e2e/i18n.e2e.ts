import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, tabIdOf, type ExtensionSession } from './support/browser';
import { captureInLanguages, setLanguage } from './support/screenshots';

describe('every screen in the user’s language', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('switching language in the popup changes the overlay and open pages at once, without a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/index.html'));
    await page.getByRole('button', { name: /돋보기 도움말/ }).waitFor({ timeout: 10_000 });
    // A marker that a reload would wipe out.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('heading', { name: '돋보기 설정' }).waitFor();

    const popup = await session.openExtensionPage(`popup.html?tabId=${await tabIdOf(session, page.url())}`);
    await popup.getByLabel('언어').selectOption('en');

    await page.getByRole('button', { name: /Dotbogi help/ }).waitFor({ timeout: 10_000 });
    await expect(page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true);
    await options.getByRole('heading', { name: 'Dotbogi settings' }).waitFor();
    await popup.getByLabel('Language').waitFor();
    expect(await options.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);

    // Arabic turns our roots right to left.
    await setLanguage(session, 'ar');
    await options.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await page.waitForFunction(() =>
      document.querySelector('dotbogi-overlay')?.shadowRoot?.querySelector('.dotbogi-root[dir="rtl"][lang="ar"]'),
    );

    await setLanguage(session, '');
    await Promise.all([popup.close(), options.close(), page.close()]);
  });

  it('offers the pseudo-locale on the options page but not in the popup', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByLabel('언어').waitFor();
    expect(await options.locator('select option[value="en-XA"]').count()).toBe(1);
    await options.getByLabel('언어').selectOption('en-XA');
    await options.getByRole('heading', { name: /^\[Ðöţƀöĝí šéţţíñĝš/ }).waitFor();
    const popup = await session.openExtensionPage('popup.html');
    await popup.locator('select').first().waitFor();
    expect(await popup.locator('select option[value="en-XA"]').count()).toBe(0);
    await setLanguage(session, '');
    await Promise.all([popup.close(), options.close()]);
  });

  it('opens 번역 돕기 from the popup footer and shows the studio with a live preview of the overlay', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const link = popup.getByRole('link', { name: '번역 돕기' });
    // Followed by URL rather than clicked: a page opened by target=_blank trips the request
    // recorder in support/browser.ts (request.frame() throws for it).
    const href = await link.evaluate((anchor: HTMLAnchorElement) => anchor.href);
    expect(href).toBe(`chrome-extension://${session.extensionId}/studio.html`);
    const studio = await session.openExtensionPage('studio.html');
    await studio.getByRole('heading', { name: '번역 돕기', level: 1 }).waitFor();
    await studio.getByLabel('번역할 언어').selectOption('vi');
    await studio.getByRole('heading', { name: /Tiếng Việt/ }).waitFor();
    // The preview renders the real overlay launcher with the Vietnamese strings.
    await studio
      .getByTestId('studio-preview')
      .getByRole('button', { name: /Dotbogi/ })
      .first()
      .waitFor();
    await Promise.all([studio.close(), popup.close()]);
  });

  describe.each([
    ['popup', 'popup.html'],
    ['options', 'options.html'],
    ['studio', 'studio.html?lang=vi'],
  ])('the %s page', (name, path) => {
    it('is captured in Korean, English and Arabic at 200 % zoom with nothing overflowing or clipped', async () => {
      const page: Page = await session.openExtensionPage(path);
      await page.locator('main').waitFor();
      const problems = await captureInLanguages(session, page, `i18n-${name}`, { languages: ['ko', 'en', 'ar'], zoom: 2 });
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});
