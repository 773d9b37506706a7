/**
 * 쉬운 글 보기 (issue 18) in the built extension in Chromium: the page's main text found by
 * Readability (or the fallback), shown as a simplified copy built from text only; 보여주기
 * pointing at the page's own element; the page never changed; hostile markup never running;
 * a page with nothing to read; a 20,000-element page cut with a notice; translation explained
 * where the browser has no on-device translator; axe-clean in ko, en and ar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { overlayAxeProblems } from './support/axe';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { setLanguage, waitForLanguage } from './support/screenshots';
import { startTestWeb, type TestWeb } from '../fixtures/test-web';
import { bigPageHtml } from '../fixtures/bench/big-page';
import { ARTIFACTS } from './support/paths';

const HOST = 'www.saesol.go.kr';
const BIG_HOST = 'big.go.kr';
/** Every element the view may contain: its own controls and the content's short list. */
const VIEW_ELEMENTS = new Set(
  'div section header h2 h3 h4 h5 h6 p span b strong button article table caption tbody tr th td ul ol li'.split(' '),
);

describe('쉬운 글 보기 in Chromium', () => {
  let web: TestWeb;
  let session: ExtensionSession;
  let bigFolder: string;
  beforeAll(async () => {
    bigFolder = await mkdtemp(join(tmpdir(), 'dotbogi-big-'));
    await writeFile(join(bigFolder, 'big.html'), bigPageHtml());
    // One 5 MB text node: a notice pasted as a single wall of text.
    const wall = Array.from({ length: 60_000 }, (_, index) => `${index + 1}번 조항에 따라 수수료 400원을 납부합니다.`).join(' ');
    await writeFile(
      join(bigFolder, 'wall.html'),
      `<!doctype html><html lang="ko"><meta charset="utf-8"><title>긴 공지</title><main><h1>긴 공지</h1><p>${wall.repeat(3)}</p></main></html>`,
    );
    web = await startTestWeb({ hosts: { [HOST]: 'phone', [BIG_HOST]: bigFolder } });
    session = await launchWithExtension({ web });
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
    await rm(bigFolder, { recursive: true, force: true });
  });

  const launcher = (page: Page) => page.locator('dotbogi-overlay .launcher');
  const panel = (page: Page) => page.locator('dotbogi-overlay #dotbogi-panel');
  const view = (page: Page) => page.locator('dotbogi-overlay .easy-read');

  async function openEasyRead(url: string, sectionTitle = '쉬운 글로 읽기', openLabel = '쉬운 글로 보기'): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(url);
    await launcher(page).click();
    await panel(page).waitFor();
    await panel(page).getByRole('button', { name: sectionTitle }).click();
    await panel(page).getByRole('button', { name: openLabel }).click();
    return page;
  }

  it('shows the notice as a simplified copy: clauses on their own lines, numbers exact, hard words explained, tables kept', async () => {
    await setLanguage(session, 'ko');
    const url = web.url(HOST, '/notice-2010.html');
    const page = await openEasyRead(url);
    const before = await page.evaluate(() => document.body.outerHTML);
    await view(page).getByRole('heading', { name: '쉬운 글 보기' }).waitFor();
    await view(page).locator('article:not([aria-busy])').waitFor();
    await view(page).getByText('이 글은 읽기 쉽게 옮겨 적은 사본이에요', { exact: false }).waitFor();
    expect(await view(page).locator('.er-title').textContent()).toContain('주민등록표 등·초본 발급 안내');
    await view(page).getByRole('heading', { name: '1. 발급 수수료' }).waitFor();
    // The fee table is a table, with the amounts exactly as on the page.
    const table = view(page).getByRole('region', { name: /발급 방법별 수수료/ });
    expect(await table.locator('tr').nth(1).textContent()).toBe('행정복지센터 방문400원400원');
    // The first sentence is 115 characters long: one line per clause, every word kept.
    const lines = await view(page).locator('.er-paragraph').first().locator('.er-line').allTextContents();
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(
      '주민등록표 등본 및 초본은 본인 또는 세대원이 신분증을 지참하여 가까운 행정복지센터를 방문하거나 무인민원발급기 또는 정부24 누리집을 통하여 발급받을 수 있으며, 대리인이 신청하는 경우에는 위임장과 위임한 사람의 신분증 및 대리인의 신분증을 함께 제출하여야 합니다.',
    );
    expect(
      await view(page)
        .getByText('1,520원', { exact: true })
        .evaluate((element) => element.localName),
    ).toBe('strong');
    // A hard word is explained once, right under its paragraph, in plain Korean.
    await view(page).locator('.er-gloss').filter({ hasText: '수수료: 서류를 받거나 일을 맡길 때 내는 돈이에요' }).first().waitFor();
    expect(
      await view(page)
        .locator('.er-gloss')
        .filter({ hasText: /^수수료: / })
        .count(),
    ).toBe(1);
    // Built from text and a short list of elements: nothing of the page's markup.
    const tags = await view(page).evaluate((element) => [...new Set([...element.querySelectorAll('*')].map((node) => node.localName))]);
    expect(tags.filter((tag) => !VIEW_ELEMENTS.has(tag))).toEqual([]);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    await page.screenshot({ path: join(ARTIFACTS, 'easy-read-notice-ko.png') });
    await page.close();
  });

  it('points at the page’s own button from 「its label」, then comes back where the reader was', async () => {
    await setLanguage(session, 'ko');
    const page = await openEasyRead(web.url(HOST, '/notice-2010.html'));
    const action = view(page).locator('.er-action').filter({ hasText: '「정부24에서 발급하기」' });
    expect(await action.textContent()).toContain('링크');
    await action.getByRole('button', { name: '「정부24에서 발급하기」 보여주기' }).click();
    await view(page).waitFor({ state: 'hidden' });
    await page.locator('dotbogi-overlay .dotbogi-layer .ring').waitFor({ state: 'attached' });
    const [ring, target] = await Promise.all([
      page.locator('dotbogi-overlay .dotbogi-layer .ring').evaluate((element) => element.getBoundingClientRect().toJSON()),
      page.locator('#go-gov24').evaluate((element) => element.getBoundingClientRect().toJSON()),
    ]);
    expect(ring.left).toBeLessThanOrEqual(target.left);
    expect(ring.right).toBeGreaterThanOrEqual(target.right);
    await panel(page).getByText('「정부24에서 발급하기」 있는 곳을 화면에 표시했어요.').waitFor();
    await panel(page).getByRole('button', { name: '쉬운 글로 돌아가기' }).click();
    await view(page).waitFor();
    // Esc closes the view, not the panel under it; focus goes back to the button that opened it.
    await page.keyboard.press('Escape');
    await view(page).waitFor({ state: 'detached' });
    await panel(page).getByRole('button', { name: '쉬운 글로 보기' }).waitFor();
    expect(await panel(page).isVisible()).toBe(true);
    await page.close();
  });

  it('never runs or copies hostile markup', async () => {
    await setLanguage(session, 'ko');
    const page = await session.context.newPage();
    await page.goto(web.url(HOST, '/hostile-read.html'));
    await launcher(page).waitFor();
    await page.waitForTimeout(300);
    // The page's own handlers (its <img onerror>, <svg onload>…) have run by now: count them.
    const ran = () => page.evaluate(() => (window as unknown as { pageScriptRan: number }).pageScriptRan);
    const before = await ran();
    await launcher(page).click();
    await panel(page).getByRole('button', { name: '쉬운 글로 읽기' }).click();
    await panel(page).getByRole('button', { name: '쉬운 글로 보기' }).click();
    await view(page).locator('article:not([aria-busy])').waitFor();
    const text = await view(page).locator('article').textContent();
    expect(text).toContain('가산금 3%가 붙고');
    expect(text).toContain("「<script>alert('여기')</script>」");
    expect(text).toContain('「납부하기」');
    expect(text).toContain('02-1234-5679');
    expect(text).not.toMatch(/프레임 안의 글|템플릿 안의 글|숨긴 글|svg/);
    const tags = await view(page).evaluate((element) => [...new Set([...element.querySelectorAll('*')].map((node) => node.localName))]);
    expect(tags.filter((tag) => !VIEW_ELEMENTS.has(tag))).toEqual([]);
    const handlers = await view(page).evaluate((element) =>
      [...element.querySelectorAll('*')]
        .flatMap((node) => [...node.attributes].map((attribute) => attribute.name))
        .filter((name) => /^on|^style$|^href$|^src$/.test(name)),
    );
    expect(handlers).toEqual([]);
    // Nothing in the view ran any of it again (the clone Readability read is inert).
    await page.waitForTimeout(300);
    expect(await ran()).toBe(before);
    await page.close();
  });

  it('says plainly when a page has nothing to read, and the panel stays usable', async () => {
    await setLanguage(session, 'ko');
    const page = await openEasyRead(web.url(HOST, '/no-content.html'));
    await panel(page).getByText('이 페이지에는 읽을 본문이 없어요.').first().waitFor();
    expect(await view(page).count()).toBe(0);
    await panel(page).getByRole('button', { name: '도움이 필요해요' }).click();
    await panel(page).getByText('110').first().waitFor();
    await page.close();
  });

  it('reads a 20,000-element page, cut with a notice', async () => {
    await setLanguage(session, 'ko');
    const page = await openEasyRead(web.url(BIG_HOST, '/big.html'));
    await view(page).locator('article:not([aria-busy])').waitFor({ timeout: 30_000 });
    await view(page).getByText('글이 너무 길어서 앞부분만 옮겼어요.', { exact: false }).waitFor();
    expect(await view(page).locator('.er-table tr').count()).toBeGreaterThan(10);
    await page.close();
  });

  it('reads a 5 MB text node, cut with a notice', async () => {
    await setLanguage(session, 'ko');
    const page = await openEasyRead(web.url(BIG_HOST, '/wall.html'));
    await view(page).locator('article:not([aria-busy])').waitFor({ timeout: 30_000 });
    await view(page).getByText('글이 너무 길어서 앞부분만 옮겼어요.', { exact: false }).waitFor();
    expect(await view(page).locator('.er-paragraph').first().textContent()).toContain('1번 조항에 따라 수수료 400원을 납부합니다.');
    await page.close();
  });

  it('reads the easy-read text aloud, or says plainly that this device has no voice', async () => {
    await setLanguage(session, 'ko');
    const page = await openEasyRead(web.url(HOST, '/notice-2010.html'));
    await view(page).locator('article:not([aria-busy])').waitFor();
    await view(page).getByRole('button', { name: '읽어 주기' }).click();
    const noVoice = view(page).getByText('이 기기에는 한국어 읽어 주는 목소리가 없어요', { exact: false });
    const reading = view(page).locator('.er-reading');
    await noVoice.or(reading).first().waitFor({ timeout: 5_000 });
    if (await reading.count()) {
      await view(page).getByRole('button', { name: '그만 읽기' }).click();
      await view(page).getByText('읽기를 멈췄어요.').waitFor();
    }
    await page.close();
  });

  it('explains the browser’s own page translation where there is no on-device translator (vi)', async () => {
    await setLanguage(session, 'vi');
    const page = await openEasyRead(web.url(HOST, '/notice-2010.html'), 'Đọc dễ hiểu', 'Xem dạng dễ đọc');
    await view(page).locator('article:not([aria-busy])').waitFor();
    const hasTranslator = await view(page).evaluate(() => 'Translator' in globalThis);
    const box = view(page).locator('.er-translate');
    if (hasTranslator) await box.getByRole('button').first().waitFor();
    else {
      await box.getByText('Dotbogi không dịch được ngay trên máy', { exact: false }).waitFor();
      await box.getByText('Trong Chrome, quý vị mở menu (⋮)', { exact: false }).waitFor();
      await box.getByText('Dotbogi không gửi nội dung trang đi đâu cả.').waitFor();
    }
    // A migrant sees the Korean plain explanation and one in their language.
    const gloss = view(page).locator('.er-gloss').first();
    expect(await gloss.locator('span[lang="ko"]').count()).toBe(1);
    expect(await gloss.locator('span[lang="vi"]').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'easy-read-notice-vi.png') });
    await page.close();
  });

  for (const language of ['ko', 'en', 'ar']) {
    it(`is axe-clean (no serious or critical) in ${language}`, async () => {
      await setLanguage(session, language);
      const page = await session.context.newPage();
      await page.goto(web.url(HOST, '/notice-2010.html'));
      await waitForLanguage(page, language);
      await launcher(page).click();
      await panel(page).locator('[data-section="easy-read"] .section-title button').click();
      await panel(page).locator('[data-section="easy-read"] .section-body button.primary').click();
      await view(page).locator('article:not([aria-busy])').waitFor();
      if (language === 'ar') expect(await page.locator('dotbogi-overlay .easy-read-root').getAttribute('dir')).toBe('rtl');
      expect(await overlayAxeProblems(page, '.easy-read-root')).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `easy-read-${language}.png`) });
      await page.close();
    });
  }
});
