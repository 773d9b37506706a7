/**
 * The overlay on a phone (issue 18), in the built extension in Chromium emulating one: 390 × 844,
 * touch, three device pixels per CSS pixel, meta viewport honoured. On a 2010-era page without
 * `<meta name="viewport">` (tests/fixtures/phone/notice-2010.html) the phone lays the page out
 * 980 px wide and zooms it out to about 0.4; our launcher and panel must keep their size as seen.
 * Sizes here are "as seen": a box's CSS px times the visual viewport's scale.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { overlayAxeProblems } from './support/axe';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { setLanguage, waitForLanguage } from './support/screenshots';
import { startTestWeb, type TestWeb } from '../fixtures/test-web';
import { ARTIFACTS } from './support/paths';

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; SM-S911N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};
export const PHONE_HOST = 'www.saesol.go.kr';

interface Seen {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A box as the person sees it on the glass: CSS px relative to the visual viewport, times its scale. */
function seen(locator: Locator): Promise<Seen> {
  return locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const viewport = window.visualViewport!;
    const scale = viewport.scale;
    return {
      x: (rect.x - viewport.offsetLeft) * scale,
      y: (rect.y - viewport.offsetTop) * scale,
      width: rect.width * scale,
      height: rect.height * scale,
    };
  });
}

/** A font size as seen: computed px times every zoom on the way up, times the page's scale. */
function seenFontSize(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    // Our frame zooms our UI (host.ts); the element's own rect tells how big a CSS px of it is.
    const probe = element.ownerDocument.createElement('span');
    probe.style.cssText = 'display:inline-block;width:100px;height:1px';
    element.append(probe);
    const zoom = probe.getBoundingClientRect().width / 100;
    probe.remove();
    return parseFloat(getComputedStyle(element).fontSize) * zoom * window.visualViewport!.scale;
  });
}

describe('the overlay on a phone (Chromium, 390 × 844, touch, device scale 3)', () => {
  let web: TestWeb;
  let session: ExtensionSession;
  beforeAll(async () => {
    web = await startTestWeb({ hosts: { [PHONE_HOST]: 'phone' } });
    session = await launchWithExtension({ web, device: PHONE });
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  const launcher = (page: Page) => page.locator('dotbogi-overlay .launcher');
  const panel = (page: Page) => page.locator('dotbogi-overlay #dotbogi-panel');
  const scale = (page: Page) => page.evaluate(() => window.visualViewport!.scale);

  async function open(name: string): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(web.url(PHONE_HOST, `/${name}`));
    await launcher(page).waitFor({ timeout: 10_000 });
    return page;
  }

  it('keeps the launcher its size, in the corner of the screen, on a zoomed-out 980 px page', async () => {
    const page = await open('notice-2010.html');
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(980);
    expect(await scale(page)).toBeLessThan(0.5);
    const box = await seen(launcher(page));
    // Our launcher is 64 × 64 px; the floor is 48 (half a px of rounding in the scale).
    expect(box.width).toBeGreaterThanOrEqual(63.5);
    expect(box.height).toBeGreaterThanOrEqual(63.5);
    // 24 px from the screen's bottom-right corner, as on a desktop.
    expect(Math.abs(PHONE.viewport.width - (box.x + box.width) - 24)).toBeLessThan(2);
    expect(Math.abs(PHONE.viewport.height - (box.y + box.height) - 24)).toBeLessThan(2);
    await page.close();
  });

  it('opens the panel with a tap, as a bottom sheet with large text and a large close button', async () => {
    await setLanguage(session, 'ko');
    const page = await open('notice-2010.html');
    await launcher(page).tap();
    await panel(page).waitFor();
    const sheet = await seen(panel(page));
    expect(sheet.x).toBeLessThanOrEqual(1);
    expect(sheet.width).toBeGreaterThanOrEqual(PHONE.viewport.width - 2);
    expect(Math.abs(sheet.y + sheet.height - PHONE.viewport.height)).toBeLessThan(2);
    expect(sheet.height).toBeGreaterThan(PHONE.viewport.height * 0.8);
    expect(await seenFontSize(panel(page).locator('.notice'))).toBeGreaterThanOrEqual(18);
    const close = panel(page).getByRole('button', { name: '닫기' });
    const closeBox = await seen(close);
    expect(Math.min(closeBox.width, closeBox.height)).toBeGreaterThanOrEqual(63.5);
    // Scrollable inside: the sheet's content is taller than the sheet.
    await panel(page).locator('.section-title button[aria-expanded="false"]').first().tap();
    expect(await panel(page).evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await close.tap();
    await panel(page).waitFor({ state: 'detached' });
    expect(await launcher(page).evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.close();
  });

  it('keeps its size and its corner when the person pinches the page larger', async () => {
    const page = await open('notice-2010.html');
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1.5 });
    await expect.poll(() => scale(page)).toBeGreaterThan(1.4);
    await expect
      .poll(async () => {
        const box = await seen(launcher(page));
        return [
          Math.round(box.width) >= 64,
          Math.round(PHONE.viewport.width - box.x - box.width),
          Math.round(PHONE.viewport.height - box.y - box.height),
        ];
      })
      .toEqual([true, 24, 24]);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 0 });
    await cdp.detach();
    await page.close();
  });

  it('opens the panel once on a long press, with no text selected and no menu', async () => {
    await setLanguage(session, 'ko');
    const page = await open('notice-2010.html');
    // CDP's touch points are in the page's CSS px (the layout viewport), like getBoundingClientRect.
    const point = await launcher(page).evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await page.waitForTimeout(1000);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await panel(page).waitFor();
    await page.waitForTimeout(300);
    expect(await panel(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe('');
    await cdp.detach();
    await page.close();
  });

  it('lets a scroll that starts on the launcher scroll the page, without opening the panel', async () => {
    await setLanguage(session, 'ko');
    const page = await open('notice-2010.html');
    // A notice long enough to scroll on the phone.
    await page.evaluate(() => (document.body.style.minHeight = '6000px'));
    const start = await launcher(page).evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
    for (let step = 1; step <= 10; step++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: start.x, y: start.y - step * 40 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // The overlay may load on the touch (a hint), but the panel stays shut.
    await page.waitForTimeout(1000);
    expect(await panel(page).count()).toBe(0);
    // A tap after that still opens it.
    await launcher(page).tap();
    await panel(page).waitFor();
    await cdp.detach();
    await page.close();
  });

  it('points at a page element on its layer and stays on it when the person pinches', async () => {
    await setLanguage(session, 'ko');
    const page = await open('notice-2010.html');
    await launcher(page).tap();
    await panel(page).waitFor();
    await panel(page)
      .getByRole('button', { name: /정부24에서 발급하기.*보여주기/ })
      .tap();
    // The sheet folds so the page shows; the ring goes round the page's own link.
    await expect.poll(() => panel(page).getAttribute('class')).toMatch(/lowered/);
    const ring = page.locator('dotbogi-overlay .dotbogi-layer .ring');
    const target = page.locator('#go-gov24');
    const ringsTarget = async () => {
      const [around, inside] = [await seen(ring), await seen(target)];
      return (
        around.x <= inside.x + 1 &&
        around.y <= inside.y + 1 &&
        around.x + around.width >= inside.x + inside.width - 1 &&
        around.y + around.height >= inside.y + inside.height - 1
      );
    };
    await expect.poll(ringsTarget).toBe(true);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1.3 });
    await expect.poll(() => scale(page)).toBeGreaterThan(1.2);
    await expect.poll(ringsTarget).toBe(true);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 0 });
    await cdp.detach();
    await page.close();
  });

  it('folds the sheet away from the field being typed in, and the field helper stays in the space the keyboard leaves', async () => {
    await setLanguage(session, 'ko');
    const page = await open('notice-2010.html');
    await launcher(page).tap();
    await panel(page).waitFor();
    const field = page.locator('#visit-date');
    // The sheet covers the page: the field gets focus the way a keyboard or a guide gives it.
    await field.focus();
    // The on-screen keyboard takes the lower part of the screen: the visual viewport shrinks.
    await page.setViewportSize({ width: PHONE.viewport.width, height: 480 });
    await expect.poll(() => panel(page).getAttribute('class')).toMatch(/lowered/);
    const callout = page.locator('dotbogi-overlay .field-callout');
    await callout.waitFor();
    await expect
      .poll(async () => {
        const [fieldBox, sheetBox, calloutBox] = [await seen(field), await seen(panel(page)), await seen(callout)];
        const apart = (a: Seen, b: Seen) => a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1;
        const inside = (box: Seen) => box.y >= -1 && box.y + box.height <= 480 + 1;
        return {
          sheetClear: apart(fieldBox, sheetBox),
          calloutClear: apart(fieldBox, calloutBox) || fieldBox.x + fieldBox.width <= calloutBox.x,
          calloutInside: inside(calloutBox),
          sheetInside: inside(sheetBox),
        };
      })
      .toEqual({ sheetClear: true, calloutClear: true, calloutInside: true, sheetInside: true });
    await page.screenshot({ path: join(ARTIFACTS, 'phone-keyboard-ko.png'), scale: 'css' });
    await panel(page).getByRole('button', { name: '크게 펼치기' }).tap();
    await expect.poll(() => panel(page).getAttribute('class')).not.toMatch(/lowered/);
    await page.setViewportSize(PHONE.viewport);
    await page.close();
  });

  for (const language of ['ko', 'en', 'ar', 'vi']) {
    it(`shows the bottom sheet and 쉬운 글 보기 axe-clean, in ${language}, on a responsive page and the 2010 page`, async () => {
      await setLanguage(session, language);
      for (const name of ['responsive.html', 'notice-2010.html']) {
        const page = await open(name);
        await waitForLanguage(page, language);
        if (name === 'responsive.html') expect(await scale(page)).toBe(1);
        expect((await seen(launcher(page))).height).toBeGreaterThanOrEqual(63.5);
        await launcher(page).tap();
        await panel(page).waitFor();
        if (language === 'ar') expect(await page.locator('dotbogi-overlay .dotbogi-root').getAttribute('dir')).toBe('rtl');
        expect(await overlayAxeProblems(page)).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, `phone-sheet-${name.replace('.html', '')}-${language}.png`), scale: 'css' });
        // 쉬운 글 보기 over the whole screen, large text as seen.
        await panel(page).locator('[data-section="easy-read"] .section-title button').tap();
        await panel(page).locator('[data-section="easy-read"] .section-body button.primary').tap();
        const view = page.locator('dotbogi-overlay .easy-read');
        await view.locator('article:not([aria-busy])').waitFor();
        const shown = await seen(view);
        expect([Math.round(shown.x), Math.round(shown.width), Math.round(shown.height)]).toEqual([
          0,
          PHONE.viewport.width,
          PHONE.viewport.height,
        ]);
        expect(await seenFontSize(view.locator('.er-paragraph').first())).toBeGreaterThanOrEqual(22);
        expect(await overlayAxeProblems(page, '.easy-read-root')).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, `phone-easy-read-${name.replace('.html', '')}-${language}.png`), scale: 'css' });
        await page.close();
      }
    });
  }
});
