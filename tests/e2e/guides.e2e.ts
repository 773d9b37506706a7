import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './support/browser';

/**
 * Guided tasks ("도와 드릴 일") on the demo government site, in the built extension: the guide
 * card follows the user through real pages, points at the right elements on its own layer,
 * advances when the user acts, and keeps its place across page loads, a pop-up window and a
 * reload. Both twins (before/ and after/) must work with the same guide files.
 */
describe('guided tasks on the demo site', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  const card = (page: Page) => page.locator('.guide-card');

  async function openPage(twin: 'before' | 'after', path = '/index.html'): Promise<Page> {
    const page = await session.context.newPage();
    // Instant scrolling, so the highlight settles at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // The "before" twin reports form errors with alert(): a test that triggered one should fail, not hang.
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(session.web.url('demo.gov.kr', `/${twin}${path}`));
    return page;
  }

  async function startGuide(page: Page, title: string) {
    await page.getByRole('button', { name: /돋보기/ }).click();
    await page.getByRole('button', { name: '도와 드릴 일' }).click();
    // "시작하기", or "처음부터 다시" when this guide was left half-way.
    await page.getByRole('button', { name: new RegExp(`^${title}: `) }).click();
    await card(page).getByRole('heading', { name: title }).waitFor({ timeout: 10_000 });
  }

  async function atStep(page: Page, current: number, total: number) {
    await card(page)
      .locator('.guide-progress', { hasText: `${current} / ${total}` })
      .waitFor({ timeout: 15_000 });
  }

  /**
   * Waits until the card and the page hold still for 500 ms (the layer may scroll the page for the
   * card's room, a few times, 400 ms apart): a person acts on what has stopped moving.
   */
  async function settled(page: Page) {
    await page.evaluate(async () => {
      const card = document.querySelector('dotbogi-overlay')?.shadowRoot?.querySelector('.guide-card');
      const where = () => JSON.stringify(card?.getBoundingClientRect()) + String(window.scrollY);
      let last = where();
      for (let waited = 0; waited < 4000; waited += 500) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        if (where() === last) return;
        last = where();
      }
    });
  }

  /** The ring on our layer, in viewport pixels (null when nothing is highlighted). */
  async function ring(page: Page) {
    return page.evaluate(() => {
      const root = document.querySelector('dotbogi-overlay')?.shadowRoot;
      const layer = root?.querySelector('.dotbogi-layer');
      const rect = layer?.querySelector('rect.ring');
      if (!layer || (layer as HTMLElement).hidden || !rect) return null;
      const value = (name: string) => Number(rect.getAttribute(name));
      return {
        x: value('x'),
        y: value('y'),
        width: value('width'),
        height: value('height'),
        label: layer.querySelector('.label')?.textContent ?? '',
      };
    });
  }

  /** The guide points at exactly this element: its centre is inside our ring, with the step's label. */
  async function expectHighlighted(page: Page, target: Locator, label: string) {
    await expect
      .poll(
        async () => {
          const box = await target.boundingBox();
          const drawn = await ring(page);
          if (!box || !drawn) return false;
          const cx = box.x + box.width / 2;
          const cy = box.y + box.height / 2;
          const inside = cx >= drawn.x && cx <= drawn.x + drawn.width && cy >= drawn.y && cy <= drawn.y + drawn.height;
          // Tight: the ring is drawn around this element, not around a container of several.
          const tight = drawn.width <= box.width + 40 && drawn.height <= box.height + 40;
          return inside && tight && drawn.label === (label ? `「${label}」` : '');
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  }

  /** Types a value and leaves the field, as a user does (that is when `change` fires). */
  async function type(field: Locator, value: string) {
    await field.fill(value);
    await field.press('Tab');
  }

  for (const twin of ['before', 'after'] as const) {
    it(`guides 주민등록표 등본 from the home page to the issued document (${twin})`, async () => {
      const page = await openPage(twin);
      await startGuide(page, '주민등록표 등본 떼기');
      await atStep(page, 1, 11);
      await expect(card(page).textContent()).resolves.toContain('「주민등록표 등본(초본) 발급」 메뉴를 누르세요.');
      const menu = page.locator('a[href="resident-copy/apply.html"]');
      await expectHighlighted(page, menu, '주민등록표 등본(초본) 발급');
      await menu.click();

      await atStep(page, 2, 11);
      const name = page.locator('#applicant-name');
      await expectHighlighted(page, name, '신청인 이름');
      await type(name, '홍길동');
      await atStep(page, 3, 11);
      const birth = page.locator('#applicant-birth');
      await expectHighlighted(page, birth, '생년월일');
      await type(birth, '19500305');
      await atStep(page, 4, 11);
      await expectHighlighted(page, page.locator('#sido'), '시/도');
      await page.locator('#sido').selectOption('서울특별시');
      await atStep(page, 5, 11);
      await expectHighlighted(page, page.locator('#sigungu'), '시/군/구');
      await page.locator('#sigungu').selectOption('종로구');
      await atStep(page, 6, 11);
      await page.locator('#purpose').selectOption('금융기관 제출');
      await atStep(page, 7, 11);
      await expectHighlighted(page, page.locator('#apply-submit'), '신청하기');
      await page.locator('#apply-submit').click();

      await page.waitForURL(/confirm\.html/);
      if (twin === 'before') {
        // The older copy asks for the name and birth date again; the newer one does not.
        await atStep(page, 8, 11);
        await expectHighlighted(page, page.locator('#confirm-name'), '성명');
        await type(page.locator('#confirm-name'), '홍길동');
        await atStep(page, 9, 11);
        await type(page.locator('#confirm-birth'), '19500305');
      }
      await atStep(page, 10, 11);
      await expectHighlighted(page, page.locator('#confirm-submit'), '발급하기');
      await page.locator('#confirm-submit').click();

      await page.waitForURL(/issued\.html/);
      await atStep(page, 11, 11);
      await expectHighlighted(page, page.locator('#print-btn'), '인쇄');
      await card(page).getByRole('button', { name: '마치기' }).click();
      // 다 했어요 on screen, with what to do next, until the person closes it.
      const done = page.locator('dotbogi-overlay .guide-card.outcome');
      await done.getByRole('heading', { name: '다 했어요' }).waitFor();
      await done.getByText('종이로 뽑으려면 화면의 「인쇄」 버튼을 누르세요.').waitFor();
      await done.getByRole('button', { name: '닫기' }).click();
      await card(page).waitFor({ state: 'detached', timeout: 10_000 });
      // Our pointer is gone (another helper may still point at something of its own).
      await expect.poll(async () => (await ring(page))?.label === '「인쇄」', { timeout: 5_000 }).toBe(false);
      await page.close();
    });
  }

  it('after a wrong turn says which page this is, offers Go back, and points with the menu’s own words', async () => {
    const page = await openPage('before');
    await startGuide(page, '주민등록표 등본 떼기');
    await atStep(page, 1, 11);
    // The person presses 초본 instead of 등본.
    await page.locator('a[href="resident-abstract/apply.html"]').first().click();
    await page.waitForURL(/resident-abstract\/apply\.html/);
    await atStep(page, 1, 11);
    await card(page).getByText('지금 화면은 「주민등록표 초본 발급」 화면이에요.', { exact: false }).waitFor();
    // The menu here says 「주민등록표 등본 발급」: the card and the arrow say it that way too.
    await expectHighlighted(page, page.locator('.lnb a[href="../resident-copy/apply.html"]'), '주민등록표 등본 발급');
    await expect(card(page).textContent()).resolves.toContain('「주민등록표 등본 발급」 메뉴를 누르세요.');
    await card(page).getByRole('button', { name: '뒤로 가기' }).click();
    await page.waitForURL(/before\/index\.html/);
    await atStep(page, 1, 11);
    await expect(card(page).textContent()).resolves.not.toContain('지금 화면은');
    // On the form, "press the menu that opens this form" is no step back.
    await page.locator('a[href="resident-copy/apply.html"]').first().click();
    await atStep(page, 2, 11);
    await expect(card(page).getByRole('button', { name: '이전 단계' }).isDisabled()).resolves.toBe(true);
    await card(page).getByRole('button', { name: '안내 그만하기' }).click();
    await page.close();
  });

  it('guides 전입신고 through the address pop-up window, and keeps its place over a reload', async () => {
    const page = await openPage('after', '/move-in/apply.html');
    await startGuide(page, '전입신고 하기');
    // Started on the form itself: the guide skips "open the menu".
    await atStep(page, 2, 13);
    await expectHighlighted(page, page.locator('#applicant-name'), '신고인 정보');
    await page.locator('#applicant-name').fill('홍길동');
    await page.locator('#rrn1').fill('500305');
    await page.locator('#rrn2').fill('1234567');
    await page.locator('#phone2').fill('1234');
    await page.locator('#phone3').fill('5678');
    // Moving on to the next step's field moves the guide along.
    await page.locator('#prev-addr').click();
    await atStep(page, 3, 13);

    // A reload in the middle: the guide resumes at the same step.
    await page.reload();
    await atStep(page, 3, 13);
    await expectHighlighted(page, page.locator('#prev-addr'), '전입 전 주소');
    // The page forgot what was typed (the guide keeps no form data); filling earlier fields again
    // does not move the guide back.
    await page.locator('#applicant-name').fill('홍길동');
    await page.locator('#rrn1').fill('500305');
    await page.locator('#rrn2').fill('1234567');
    await page.locator('#phone2').fill('1234');
    await page.locator('#phone3').fill('5678');
    await atStep(page, 3, 13);
    await type(page.locator('#prev-addr'), '서울특별시 중구 세종대로 110');
    await atStep(page, 4, 13);
    await expectHighlighted(page, page.locator('#addr-search-btn'), '주소 검색');

    const popupOpened = page.waitForEvent('popup');
    // By keyboard (a user's way too): the field helper's callout for the field above may cover it.
    await page.locator('#addr-search-btn').focus();
    await page.keyboard.press('Enter');
    const popup = await popupOpened;
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    await popup.waitForLoadState();
    // The pop-up has its own overlay, following the same guide.
    await atStep(popup, 5, 13);
    await expectHighlighted(popup, popup.locator('#road-name'), '');
    // Meanwhile the main window says the step is elsewhere.
    await expect(card(page).textContent()).resolves.toContain('새 창');
    await type(popup.locator('#road-name'), '세종대로 209');
    await atStep(popup, 6, 13);
    await popup.locator('#addr-search-submit').click();
    await atStep(popup, 7, 13);
    const closed = popup.waitForEvent('close');
    await popup.locator('.addr-pick').first().click();
    await closed;

    await atStep(page, 8, 13);
    await expect(page.locator('#new-addr').inputValue()).resolves.toContain('세종대로 209');
    await expectHighlighted(page, page.locator('#relation'), '세대주와의 관계');
    await page.locator('#relation').selectOption('본인(세대주)');
    await page.locator('#reason').selectOption({ index: 1 });
    await page.locator('#move-date').fill('2026-11-20');
    await settled(page);
    await page.locator('#agree').check();
    // Ticking the later step's box completes that step too.
    await atStep(page, 10, 13);
    await expectHighlighted(page, page.locator('#apply-submit'), '다음');
    await page.locator('#apply-submit').click();
    await page.waitForURL(/confirm\.html/);
    await atStep(page, 12, 13);
    await page.locator('#confirm-submit').click();
    await page.waitForURL(/done\.html/);
    await atStep(page, 13, 13);
    await expectHighlighted(page, page.locator('#done-btn'), '확인');
    await page.close();
  });

  const others = [
    { title: '주민등록표 초본 떼기', folder: 'resident-abstract', total: 10 },
    { title: '가족관계증명서 떼기', folder: 'family', total: 11 },
    { title: '외국인등록사실증명 떼기', folder: 'foreigner', total: 12 },
  ];
  for (const { title, folder, total } of others) {
    for (const twin of ['before', 'after'] as const) {
      it(`starts ${title} (${twin}), points at the right fields and follows its pages`, async () => {
        const page = await openPage(twin);
        await startGuide(page, title);
        await atStep(page, 1, total);
        const menu = page.locator(`a[href="${folder}/apply.html"]`).first();
        await expectHighlighted(page, menu, (await card(page).textContent())!.match(/「([^」]+)」/)![1]!);
        await menu.click();
        await atStep(page, 2, total);
        const name = page.locator('#applicant-name');
        await expectHighlighted(page, name, folder === 'foreigner' ? '성명 (영문)' : '신청인 이름');
        await type(name, folder === 'foreigner' ? 'NGUYEN VAN AN' : '홍길동');
        await atStep(page, 3, total);
        await expectHighlighted(page, page.locator('#applicant-birth'), '생년월일');
        await type(page.locator('#applicant-birth'), '19800101');
        if (folder === 'foreigner') {
          await type(page.locator('#arc1'), '800101');
          await type(page.locator('#arc2'), '5123456');
          await type(page.locator('#passport'), 'M12345678');
          await page.locator('#nationality').selectOption('베트남');
        }
        await page.locator('#purpose').selectOption('금융기관 제출');
        const submitStep = total - (folder === 'foreigner' ? 3 : 4);
        await atStep(page, submitStep, total);
        await expectHighlighted(page, page.locator('#apply-submit'), '신청하기');
        // By keyboard: on the older copy another helper's callout (the field helper's privacy
        // note for the passport field) may sit over this button.
        await page.locator('#apply-submit').focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(/confirm\.html/);
        if (twin === 'before') {
          // The identity check of the older copy is a step of its own.
          await atStep(page, submitStep + 1, total);
          await card(page).getByRole('button', { name: '다음 단계' }).click();
          if (folder !== 'foreigner') await card(page).getByRole('button', { name: '다음 단계' }).click();
        }
        const issueStep = total - 1;
        await atStep(page, issueStep, total);
        await expectHighlighted(page, page.locator('#confirm-submit'), '발급하기');
        await card(page).getByRole('button', { name: '안내 그만하기' }).click();
        // Said on screen too, with how to start again.
        const stopped = page.locator('dotbogi-overlay .guide-card.outcome');
        await stopped.getByRole('heading', { name: '안내를 멈췄어요.' }).waitFor();
        await stopped.getByRole('button', { name: '닫기' }).click();
        await card(page).waitFor({ state: 'detached', timeout: 10_000 });
        await page.close();
      });
    }
  }
});
