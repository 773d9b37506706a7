/**
 * The overlay in the built extension (Chromium): the launcher and panel on the demo government
 * site and on hostile pages (tests/fixtures/hostile/overlay/), which are served on 127.0.0.1 —
 * not a government host — so the suite first turns Dotbogi on there through the popup, exactly
 * as a user would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { overlayAxeProblems } from './support/axe';
import { launchWithExtension, stopServiceWorkers, tabIdOf, type ExtensionSession } from './support/browser';
import { ARTIFACTS } from './support/paths';

const HOSTILE = '/hostile/overlay';

describe('the overlay in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    await mkdir(ARTIFACTS, { recursive: true });
    await turnOnThroughPopup(session, session.web.url('127.0.0.1', `${HOSTILE}/plain.html`));
  });
  afterAll(() => session?.close());

  const hostile = (name: string) => session.web.url('127.0.0.1', `${HOSTILE}/${name}`);
  const launcher = (page: Page) => page.locator('dotbogi-overlay .launcher');
  const panel = (page: Page) => page.locator('dotbogi-overlay #dotbogi-panel');

  async function open(url: string): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(url);
    await launcher(page).waitFor({ timeout: 10_000 });
    return page;
  }

  async function openPanel(page: Page) {
    await launcher(page).click();
    await panel(page).waitFor();
  }

  async function openSection(page: Page, title: string | RegExp) {
    const toggle = panel(page).getByRole('button', { name: title });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  async function setLanguage(language: string) {
    const page = await session.openExtensionPage('sidepanel.html');
    await page.evaluate(
      (value) => chrome.runtime.sendMessage({ dotbogi: 1, type: 'settings:update', payload: { language: value } }),
      language,
    );
    await page.close();
  }

  it('changes nothing on a page where Dotbogi is off, and the page layout is the same with the launcher there', async () => {
    // localhost is another origin, where Dotbogi was never turned on.
    const off = await session.context.newPage();
    await off.goto(session.web.url('localhost', `${HOSTILE}/plain.html`));
    await off.waitForTimeout(500);
    expect(await off.locator('dotbogi-overlay').count()).toBe(0);
    const on = await open(hostile('plain.html'));
    expect(await pageBoxes(on)).toEqual(await pageBoxes(off));
    expect(await on.evaluate(() => document.body.outerHTML)).toBe(await off.evaluate(() => document.body.outerHTML));
    await off.close();
    await on.close();
  });

  it('costs a page only its launcher until someone asks for help, then loads the rest at the first press', async () => {
    const page = await open(session.web.url('demo.gov.kr', '/before/index.html'));
    const tabId = await tabIdOf(session, page.url());
    const worker = await session.serviceWorker();
    // The full overlay marks its frame in the extension's isolated world (components/overlay/boot/handoff.ts).
    const fullOverlayRuns = () =>
      worker.evaluate(
        async (id) =>
          (
            await chrome.scripting.executeScript({
              target: { tabId: id },
              func: () => (globalThis as Record<symbol, unknown>)[Symbol.for('dotbogi.overlay-app')] !== undefined,
            })
          )[0]?.result,
        tabId,
      );
    await page.waitForTimeout(500);
    expect(await fullOverlayRuns()).toBe(false);
    expect(await page.locator('dotbogi-overlay .launcher').count()).toBe(1);
    await openPanel(page);
    expect(await fullOverlayRuns()).toBe(true);
    // One launcher: the full overlay took over from the boot's.
    expect(await page.locator('dotbogi-overlay').count()).toBe(1);
    expect(await page.locator('dotbogi-overlay .launcher').count()).toBe(1);
    await page.close();
  });

  it('shows a big launcher whose name says 돋보기, opens a non-modal panel, and Esc returns focus to it', async () => {
    const page = await open(session.web.url('demo.gov.kr', '/before/index.html'));
    const button = page.getByRole('button', { name: /돋보기/ }).first();
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(64);
    expect(box.width).toBeGreaterThanOrEqual(64);
    expect(box.y + box.height).toBeGreaterThan(900 - 120); // bottom corner

    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '돋보기 도움말' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('false');
    await page.keyboard.press('Tab');
    expect(await activeInOverlay(page)).toBe('자리 옮기기');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await activeInOverlay(page)).toMatch(/돋보기/);
    await page.close();
  });

  it('summarises the page and points at an action on its own layer without touching the page', async () => {
    const page = await open(hostile('plain.html'));
    const html = await page.evaluate(() => document.documentElement.innerHTML.replace(/<dotbogi-overlay[\s\S]*<\/dotbogi-overlay>/, ''));
    await openPanel(page);
    const section = page.locator('dotbogi-overlay [data-section="page"]');
    await section.getByText('주민등록표 등본 발급').first().waitFor();
    await section.getByText('홈 › 민원서비스 › 주민등록표 등본').waitFor();
    await section.getByText('쓸 칸 2개').waitFor();
    await section
      .getByRole('button', { name: '「발급하기」 보여주기' })
      .or(section.getByRole('button', { name: '발급하기 보여주기' }))
      .first()
      .click();

    const ring = page.locator('dotbogi-overlay .dotbogi-layer .ring');
    await ring.waitFor({ state: 'attached' });
    await page.waitForTimeout(800); // smooth scroll
    const target = (await page.locator('a.btn-primary').boundingBox())!;
    const drawn = (await ring.boundingBox())!;
    expect(drawn.x).toBeLessThanOrEqual(target.x);
    expect(drawn.y).toBeLessThanOrEqual(target.y);
    expect(drawn.x + drawn.width).toBeGreaterThanOrEqual(target.x + target.width);
    expect(drawn.y + drawn.height).toBeGreaterThanOrEqual(target.y + target.height);
    await page.getByText('「발급하기」 있는 곳을 화면에 표시했어요.').waitFor();
    expect(await page.evaluate(() => document.documentElement.innerHTML.replace(/<dotbogi-overlay[\s\S]*<\/dotbogi-overlay>/, ''))).toBe(
      html,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'overlay-highlight-ko.png') });
    await page.close();
  });

  it('steps the panel aside when it would cover what it points at', async () => {
    const page = await open(hostile('plain.html'));
    await openPanel(page);
    const before = (await panel(page).boundingBox())!;
    const target = (await page.getByRole('button', { name: '인쇄하기', exact: true }).boundingBox())!;
    expect(overlap(before, { ...target, y: before.y, height: before.height })).toBe(true);
    await panel(page).getByRole('button', { name: '인쇄하기 보여주기' }).click();
    await expect.poll(async () => (await panel(page).boundingBox())!.x).toBeLessThan(100);
    await page.waitForTimeout(800); // smooth scroll
    const ring = (await page.locator('dotbogi-overlay .dotbogi-layer .ring').boundingBox())!;
    expect(overlap(ring, (await panel(page).boundingBox())!)).toBe(false);
    await page.close();
  });

  it('zooms with the browser, and adds (then removes) only the stylesheets the user asks for', async () => {
    const page = await open(hostile('plain.html'));
    const tabId = await tabIdOf(session, page.url());
    await openPanel(page);
    await openSection(page, '글자 크게 · 화면 대비');
    await panel(page).getByRole('button', { name: '크게', exact: true }).click();
    await panel(page).getByText('지금 크기: 125%').first().waitFor();
    expect(await zoomOf(session, tabId)).toBe(1.25);
    await panel(page).getByRole('button', { name: '원래 크기' }).click();
    await expect.poll(() => zoomOf(session, tabId)).toBe(1);

    const lineHeight = () => page.evaluate(() => getComputedStyle(document.querySelector('main p')!).lineHeight);
    const normalLineHeight = await lineHeight();
    await panel(page).getByRole('button', { name: '줄과 글자 사이 넓히기' }).click();
    await expect.poll(() => page.locator('style#dotbogi-text-spacing').count()).toBe(1);
    expect(await lineHeight()).not.toBe(normalLineHeight);

    await panel(page).getByRole('button', { name: '검은 바탕에 흰 글자' }).click();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await page.locator('main img').isVisible()).toBe(true);
    await panel(page).getByRole('button', { name: '어두운 화면' }).click();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('main img')!).filter)).toContain('invert');
    // Our own UI is not inverted: the launcher keeps its blue.
    expect(await launcher(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(11, 80, 208)');

    // Remembered for the site: a reload brings the user's choice back.
    await page.reload();
    await launcher(page).waitFor();
    await expect.poll(() => page.locator('style#dotbogi-contrast').count()).toBe(1);

    await openPanel(page);
    await openSection(page, '글자 크게 · 화면 대비');
    await panel(page).getByRole('button', { name: '원래 색' }).click();
    await panel(page).getByRole('button', { name: '줄과 글자 사이 넓히기' }).click();
    await expect.poll(() => page.locator('style#dotbogi-contrast, style#dotbogi-text-spacing').count()).toBe(0);
    await page.close();
  });

  it('follows a zoom the user makes with the browser itself, even when the background was asleep', async () => {
    const page = await open(session.web.url('demo.gov.kr', '/before/index.html'));
    const tabId = await tabIdOf(session, page.url());
    await openPanel(page);
    await openSection(page, '글자 크게 · 화면 대비');
    await panel(page).getByText('지금 크기: 100%').first().waitFor();

    const browserZoom = await browserZoomControl(session);
    // Chrome stops an idle service worker; the zoom change itself must wake it.
    await stopServiceWorkers(session);
    await browserZoom.set(tabId, 1.1);
    await panel(page).getByText('지금 크기: 110%').first().waitFor();
    // Our buttons step on from the real zoom: 110 % → 크게 → 125 %.
    await panel(page).getByRole('button', { name: '크게', exact: true }).click();
    await expect.poll(() => zoomOf(session, tabId)).toBe(1.25);
    await panel(page).getByText('지금 크기: 125%').first().waitFor();

    // Below 100 % too (Ctrl −): 90 % → 크게 → 100 %.
    await browserZoom.set(tabId, 0.9);
    await panel(page).getByText('지금 크기: 90%').first().waitFor();
    await panel(page).getByRole('button', { name: '크게', exact: true }).click();
    await expect.poll(() => zoomOf(session, tabId)).toBe(1);
    await panel(page).getByText('지금 크기: 100%').first().waitFor();
    await browserZoom.close();
    await page.close();
  });

  it('steps the contrast stylesheet aside under forced colours, and stops motion under reduced motion', async () => {
    const page = await open(hostile('plain.html'));
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await openPanel(page);
    await openSection(page, '글자 크게 · 화면 대비');
    await panel(page).getByText('컴퓨터의 고대비 설정이 켜져 있어서').waitFor();
    await panel(page).getByRole('button', { name: '검은 바탕에 흰 글자' }).click();
    await expect.poll(() => page.locator('style#dotbogi-contrast').count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(0, 0, 0)');
    await panel(page).getByRole('button', { name: '원래 색' }).click();

    await openSection(page, '이 화면에서 할 수 있는 일');
    await panel(page)
      .getByRole('button', { name: /신청하기 보여주기/ })
      .click();
    const pointer = page.locator('dotbogi-overlay .dotbogi-layer .pointer');
    await pointer.waitFor({ state: 'attached' });
    expect(await pointer.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
    expect(await page.locator('dotbogi-overlay .dotbogi-layer .dim').evaluate((element) => getComputedStyle(element).display)).toBe('none');
    expect(await launcher(page).isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'overlay-forced-colors-ko.png') });
    await page.close();
  });

  it('reads aloud, or says plainly that this device has no voice', async () => {
    const page = await open(hostile('plain.html'));
    await openPanel(page);
    await openSection(page, '읽어주기');
    await panel(page).getByRole('button', { name: '이 페이지 읽어 주기' }).click();
    const noVoice = panel(page).getByText('이 기기에는 한국어 읽어 주는 목소리가 없어요').first();
    const reading = panel(page).getByText(/개 문단 중 \d+번째를 읽고 있어요/);
    await noVoice.or(reading).first().waitFor({ timeout: 5_000 });
    if (await reading.isVisible()) {
      await page.locator('dotbogi-overlay .dotbogi-layer .ring').waitFor({ state: 'attached' });
      await panel(page).getByRole('button', { name: '멈추기' }).click();
      await panel(page).getByText('읽기를 멈췄어요.').waitFor();
    }
    await page.close();
  });

  it('tells the real government site from a login page over plain http', async () => {
    const gov = await open(session.web.url('demo.gov.kr', '/before/index.html'));
    await openPanel(gov);
    await openSection(gov, '진짜 정부 사이트인가요?');
    await panel(gov).getByText('공식 정부 누리집입니다').waitFor();
    await gov.close();

    const fake = await open(hostile('login.html'));
    expect(await launcher(fake).textContent()).toContain('주의');
    await openPanel(fake);
    // The warning section opens by itself when there is something to warn about.
    await panel(fake).getByText('조심하세요! 진짜 정부 누리집이 아닐 수 있어요').waitFor();
    await panel(fake).getByText('이 화면이 비밀번호를 묻고 있어요.', { exact: false }).waitFor();
    await fake.screenshot({ path: join(ARTIFACTS, 'overlay-fake-site-warning-ko.png') });
    await fake.close();
  });

  it('opens on what a lost person needs: 도와 드릴 일 and 도움이 필요해요 first, then whom to call', async () => {
    const page = await open(hostile('plain.html'));
    await openPanel(page);
    // Both entries are on the panel's first screen, before anything that could push them down.
    const firstScreen = await panel(page).evaluate((element) => {
      const box = element.getBoundingClientRect();
      const titles = [...element.querySelectorAll('.section-title button')];
      return titles.slice(0, 2).map((title) => ({ name: title.textContent, inView: title.getBoundingClientRect().bottom <= box.bottom }));
    });
    expect(firstScreen).toEqual([
      { name: '도와 드릴 일', inView: true },
      { name: '도움이 필요해요', inView: true },
    ]);
    await openSection(page, '도움이 필요해요');
    // A desktop browser cannot dial: the numbers are large text, with the advice to use a phone.
    await panel(page).getByText('컴퓨터로는 걸 수 없어요. 휴대전화로 거세요.').waitFor();
    expect(await panel(page).locator('.contacts .phone').allTextContents()).toEqual(['110', '1345', '1577-1366']);
    expect(await panel(page).locator('a[href^="tel:"]').count()).toBe(0);
    await panel(page).getByText('디지털배움터는').waitFor();
    await page.close();
  });

  it('keeps its px sizes and its place on pages that shrink rem, zoom the body, revert all styles and use max z-index', async () => {
    const page = await open(hostile('css.html'));
    const style = await launcher(page).evaluate((element) => ({
      size: getComputedStyle(element).fontSize,
      background: getComputedStyle(element).backgroundColor,
    }));
    expect(style).toEqual({ size: '22px', background: 'rgb(11, 80, 208)' });
    const box = (await launcher(page).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(64);
    expect(box.height).toBeLessThan(120); // not scaled by body zoom

    // The page's chat button sits in our corner at max z-index: when it gets focus, we step aside.
    await page.locator('#chat').focus();
    await expect.poll(async () => overlap((await launcher(page).boundingBox())!, (await page.locator('#chat').boundingBox())!)).toBe(false);
    await page.locator('#apply').focus();
    await expect.poll(async () => (await launcher(page).boundingBox())!.y).toBeGreaterThan(600);

    // The page's own floating button stays free (the launcher stands in another corner), and ours
    // is on top of the page's max z-index elements where it stands.
    const now = (await launcher(page).boundingBox())!;
    expect(overlap(now, (await page.locator('#chat').boundingBox())!)).toBe(false);
    const center = { x: now.x + now.width / 2, y: now.y + now.height / 2 };
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, center)).toBe('DOTBOGI-OVERLAY');

    await openPanel(page);
    const textSize = await panel(page)
      .locator('.notice')
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(textSize).toBeGreaterThanOrEqual(20);
    expect(textSize).toBeLessThanOrEqual(32);
    await page.close();
  });

  it('moves to another corner and remembers it', async () => {
    const page = await open(hostile('plain.html'));
    await openPanel(page);
    await panel(page).getByRole('button', { name: '자리 옮기기' }).click();
    await page.getByText('돋보기 단추를 화면 왼쪽 아래로 옮겼어요.').waitFor();
    await page.reload();
    await launcher(page).waitFor();
    await expect.poll(async () => (await launcher(page).boundingBox())!.x).toBeLessThan(100);
    // Back where it was, for the other tests.
    await openPanel(page);
    for (let step = 0; step < 3; step++) await panel(page).getByRole('button', { name: '자리 옮기기' }).click();
    await expect.poll(async () => (await launcher(page).boundingBox())!.x).toBeGreaterThan(800);
    await page.close();
  });

  it('opens and closes from the keyboard command sent by the background', async () => {
    const page = await open(hostile('plain.html'));
    const tabId = await tabIdOf(session, page.url());
    const worker = await session.serviceWorker();
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { dotbogi: 1, type: 'overlay:toggle', payload: {} }), tabId);
    await panel(page).waitFor();
    await page.close();
  });

  it('comes back when the page deletes its host node or rewrites <html>', async () => {
    const page = await open(hostile('remove-host.html'));
    await page.locator('#remove').click();
    await expect.poll(() => page.locator('dotbogi-overlay').count()).toBe(1);
    await launcher(page).waitFor();
    await page.locator('#rewrite').click();
    await expect.poll(() => page.locator('dotbogi-overlay').count()).toBe(1);
    await openPanel(page);
    await page.close();
  });

  it('still answers the keyboard and the launcher after the page rewrites itself with document.open()', async () => {
    const page = await open(hostile('plain.html'));
    await openPanel(page);
    // document.open() erases every event listener in the document, ours included.
    await page.evaluate(() => {
      document.open();
      document.write('<!doctype html><html lang="ko"><body><main><h1>새로 쓴 문서</h1></main></body></html>');
      document.close();
    });
    await page.getByRole('heading', { name: '새로 쓴 문서' }).waitFor();
    await openPanel(page);
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'hidden' });
    await page.close();
  });

  it('follows single-page route changes', async () => {
    const page = await open(hostile('spa.html'));
    await openPanel(page);
    await panel(page).getByText('첫 화면').first().waitFor();
    await page.locator('#go').click();
    await panel(page).getByText('등본 신청 화면').first().waitFor();
    await panel(page)
      .getByRole('button', { name: /발급하기 보여주기/ })
      .waitFor();
    await page.close();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const page = await open(hostile('csp.html'));
    expect(await launcher(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(11, 80, 208)');
    await openPanel(page);
    await panel(page).getByText('보안 정책이 엄격한 페이지').first().waitFor();
    await openSection(page, '글자 크게 · 화면 대비');
    await panel(page).getByRole('button', { name: '줄과 글자 사이 넓히기' }).click();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('main p')!).letterSpacing)).not.toBe('normal');
    await panel(page).getByRole('button', { name: '줄과 글자 사이 넓히기' }).click();
    await page.close();
  });

  for (const language of ['ko', 'en', 'ar'] as const) {
    it(`passes axe (no serious or critical) with every section open, in ${language}`, async () => {
      await setLanguage(language);
      const page = await open(hostile(language === 'ar' ? 'rtl.html' : 'plain.html'));
      await expect
        .poll(() =>
          launcher(page)
            .getAttribute('aria-expanded')
            .then(() => page.locator('dotbogi-overlay .dotbogi-root').getAttribute('lang')),
        )
        .toBe(language);
      expect(await launcher(page).textContent()).toContain('돋보기');
      await openPanel(page);
      const closed = panel(page).locator('.section-title button[aria-expanded="false"]');
      while ((await closed.count()) > 0) await closed.first().click();
      if (language === 'ar') expect(await page.locator('dotbogi-overlay .dotbogi-root').getAttribute('dir')).toBe('rtl');
      expect(await overlayAxeProblems(page)).toEqual([]);
      await panel(page).evaluate((element) => (element.scrollTop = 0));
      await page.screenshot({ path: join(ARTIFACTS, `overlay-panel-${language}.png`) });
      await page.close();
    });
  }

  it('welcomes in large text, explains the fake-site permission honestly, and remembers the answer', async () => {
    await setLanguage('ko');
    const page = await open(hostile('plain.html'));
    await openPanel(page);
    await openSection(page, '설정');
    const opened = session.context.waitForEvent('page');
    await panel(page).getByRole('button', { name: '처음 안내 다시 보기' }).click();
    const welcome = await opened;
    await welcome.getByRole('heading', { name: '돋보기에 오신 것을 환영해요', level: 1 }).waitFor();
    expect(parseFloat(await welcome.locator('main').evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(24);
    await welcome.getByRole('heading', { name: '가짜 정부 사이트를 알려 드릴까요?' }).waitFor();
    await welcome.getByText(/모든 웹사이트의 데이터를 읽고 변경/).waitFor();
    await welcome.screenshot({ path: join(ARTIFACTS, 'overlay-welcome-ko.png'), fullPage: true });
    await welcome.getByRole('button', { name: '아니요, 괜찮아요' }).click();
    await welcome.getByText('켜지 않았어요. 돋보기를 켠 누리집에서만 확인해 드려요.').waitFor();
    const worker = await session.serviceWorker();
    await expect
      .poll(() =>
        worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { welcomeDone?: boolean })?.welcomeDone),
      )
      .toBe(true);
    await welcome.close();
    await page.close();
  });

  it('turns itself off for the site from the panel, at once', async () => {
    await setLanguage('ko');
    const page = await open(hostile('spa.html'));
    await openPanel(page);
    await openSection(page, '설정');
    await panel(page).getByRole('button', { name: '이 누리집에서 끄기' }).click();
    await panel(page).getByRole('button', { name: '네, 끌게요' }).click();
    await expect.poll(() => page.locator('dotbogi-overlay').count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await page.locator('dotbogi-overlay').count()).toBe(0);
    await page.close();
  });
});

/** The user's way to turn Dotbogi on for a non-government site: the popup's button, then a reload. */
async function turnOnThroughPopup(session: ExtensionSession, url: string) {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(session, page.url());
  const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: '이 사이트에서도 돋보기 켜기' }).click();
  await popup.getByText('켰습니다').waitFor();
  await popup.close();
  await page.reload();
  await page.locator('dotbogi-overlay .launcher').waitFor({ timeout: 10_000 });
  await page.close();
}

/**
 * Does to a tab what Chrome's own zoom does (Ctrl +/−, Ctrl + wheel, the ⋮ menu). Headless
 * Chromium has neither those keys nor the menu, so an extension page calls the same tabs.setZoom —
 * not the overlay's `zoom:set` message, which is the path the panel's buttons take. The page is
 * opened first, so it is not what wakes a stopped service worker.
 */
async function browserZoomControl(session: ExtensionSession) {
  const page = await session.openExtensionPage('sidepanel.html');
  return {
    set: (tabId: number, factor: number) => page.evaluate(([id, zoom]) => chrome.tabs.setZoom(id, zoom), [tabId, factor] as const),
    close: () => page.close(),
  };
}

async function zoomOf(session: ExtensionSession, tabId: number): Promise<number> {
  const worker = await session.serviceWorker();
  return worker.evaluate((id) => chrome.tabs.getZoom(id), tabId);
}

/** The accessible-ish name of the element focused inside our shadow root. */
function activeInOverlay(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('dotbogi-overlay')?.shadowRoot?.activeElement?.textContent?.trim() ?? null);
}

/** Every page element's box: the page's layout, which the overlay must not change. */
function pageBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((element) => {
      const rect = element.getBoundingClientRect();
      return [element.tagName, Math.round(rect.x), Math.round(rect.y), Math.round(rect.width), Math.round(rect.height)].join(' ');
    }),
  );
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
