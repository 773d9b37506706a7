import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { ARTIFACTS } from './support/paths';
import { captureInLanguages, setLanguage } from './support/screenshots';

/** Everything our shadow root shows, as text (Playwright pierces open shadow roots). */
async function overlayText(page: Page): Promise<string> {
  return page.locator('dotbogi-overlay').evaluate((host) => host.shadowRoot?.textContent ?? '');
}

/** Opens the panel (if closed) and one of its sections, by the section's registry id. */
async function openSection(page: Page, id: string) {
  const launcher = page.locator('dotbogi-overlay .launcher');
  if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
  const toggle = page.locator(`dotbogi-overlay [data-section="${id}"] button[aria-expanded]`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

describe('field helper and hard words on the demo site', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(() => session?.close());

  it('explains the 주민등록번호 field beside it, and never shows or stores what is typed', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/move-in/apply.html'));
    await page.getByRole('button', { name: /돋보기/ }).waitFor();

    const front = page.locator('#rrn1');
    const attributesOf = () =>
      page
        .locator('#apply-form')
        .evaluate((form) =>
          Array.from(form.querySelectorAll('input, select')).map((field) =>
            Array.from(field.attributes, (a) => `${a.name}=${a.value}`).join(' '),
          ),
        );
    await front.focus();
    const callout = page.locator('dotbogi-overlay .field-callout');
    await callout.waitFor();
    const text = await callout.textContent();
    expect(text).toContain('「주민등록번호」');
    expect(text).toContain('앞 6자리는 생년월일');
    expect(text).toContain('6자리'); // maxlength="6" on the first box
    expect(text).toContain('여러 칸 중 1번째 칸');

    // Beside the field, not over it.
    const field = (await front.boundingBox())!;
    const box = (await callout.boundingBox())!;
    const overlaps =
      box.x < field.x + field.width && field.x < box.x + box.width && box.y < field.y + field.height && field.y < box.y + box.height;
    expect(overlaps).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'field-helper-rrn-ko.png') });
    // (Taken after the screenshot: Playwright's screenshot hides carets with inline styles on inputs.)
    const attributesBefore = await attributesOf();

    await front.pressSequentially('900101');
    const back = page.locator('#rrn2');
    await back.focus();
    await back.pressSequentially('1234567');
    await callout.waitFor();
    expect(await overlayText(page)).not.toContain('1234567');
    expect(await overlayText(page)).not.toContain('900101');

    const worker = await session.serviceWorker();
    const stored = await worker.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null), await chrome.storage.session.get(null)]),
    );
    expect(stored).not.toContain('1234567');
    expect(stored).not.toContain('900101');

    // Leaving the field hides the callout; the page's own fields are untouched.
    await page.locator('#email').focus();
    expect(await callout.textContent()).toContain('「이메일 (선택)」');
    await page.locator('h3.page-tit').click();
    await callout.waitFor({ state: 'detached' });
    expect(await attributesOf()).toEqual(attributesBefore);
    await page.close();
  });

  it('can be switched off in the panel', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/move-in/apply.html'));
    await openSection(page, 'field-helper');
    const box = page.getByRole('checkbox', { name: '입력 칸 도움말 보이기' });
    expect(await box.isChecked()).toBe(true);
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(false);
    await page.locator('#applicant-name').focus();
    await page.waitForTimeout(300);
    expect(await page.locator('dotbogi-overlay .field-callout').count()).toBe(0);
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await page.locator('#applicant-name').focus();
    await page.locator('dotbogi-overlay .field-callout').waitFor();
    await page.close();
  });

  it('lists 등본 with its explanation, in Korean and then in Vietnamese, and explains terms on focus and hover', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
    await openSection(page, 'glossary');
    const term = page.locator('dotbogi-overlay .glossary-term').filter({ hasText: '주민등록표 등본' });
    await term.waitFor();
    const explanation = page.locator('dotbogi-overlay #dotbogi-term-deungbon');
    expect(await explanation.textContent()).toBe('우리 집에 함께 사는 가족이 누구인지 보여 주는 서류예요.');

    // Keyboard: focus the term and press Enter; the layer points at its first place on the page.
    await term.focus();
    await page.keyboard.press('Enter');
    expect(await term.getAttribute('aria-pressed')).toBe('true');
    const label = page.locator('dotbogi-overlay .dotbogi-layer .label');
    await label.waitFor();
    expect(await label.textContent()).toContain('우리 집에 함께 사는 가족');
    await page.screenshot({ path: join(ARTIFACTS, 'glossary-deungbon-ko.png') });

    // Hover: with hard words on, pointing at 등본 in the page text shows its explanation.
    await page.getByRole('checkbox', { name: '페이지의 어려운 말에 밑줄 긋기' }).click();
    await page.keyboard.press('Escape');
    const heading = page.locator('h3.page-tit');
    const word = await heading.evaluate((element) => {
      const text = element.firstChild!;
      const range = document.createRange();
      const start = text.textContent!.indexOf('등본');
      range.setStart(text, start);
      range.setEnd(text, start + 2);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    const card = page.locator('dotbogi-overlay .term-card');
    await expect
      .poll(async () => {
        await page.mouse.move(word.x - 40, word.y + 40);
        await page.mouse.move(word.x, word.y);
        return card.count();
      })
      .toBe(1);
    expect(await card.textContent()).toContain('우리 집에 함께 사는 가족');
    expect(await page.evaluate(() => CSS.highlights.has('dotbogi-term'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'glossary-hover-ko.png') });

    await setLanguage(session, 'vi');
    await openSection(page, 'glossary');
    const viExplanation = page.locator('dotbogi-overlay #dotbogi-term-deungbon');
    await expect.poll(() => viExplanation.textContent()).toMatch(/hộ gia đình|sống cùng/);
    expect(
      await page.locator('dotbogi-overlay .glossary-term').filter({ hasText: '주민등록표 등본' }).locator('[lang="ko"]').textContent(),
    ).toBe('「주민등록표 등본」');

    // Turning hard words off removes every mark from the page.
    await page.getByRole('checkbox', { name: 'Gạch dưới từ khó trên trang' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('dotbogi-term'))).toBe(false);
    expect(await page.locator('#dotbogi-term-style').count()).toBe(0);
    await setLanguage(session, '');
    await page.close();
  });

  // Only our own parts: the rest of the panel belongs to other sections and their tests.
  const ours = /field-callout|callout-|glossary-|term-|page-label/;

  it('shows the callout without overflow in ko, en and ar at 200 % zoom (screenshots)', { timeout: 180_000 }, async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
    await page.locator('dotbogi-overlay .launcher').waitFor();
    await page.locator('#applicant-birth').focus();
    const callout = page.locator('dotbogi-overlay .field-callout');
    await callout.waitFor();
    expect(await callout.textContent()).toContain('「생년월일」');
    const problems = await captureInLanguages(session, page, 'field-helper-birth');
    expect(problems.filter((problem) => ours.test(problem.element))).toEqual([]);
    await page.close();
  });

  it('shows the hard-words list without overflow in ko, en and ar at 200 % zoom (screenshots)', { timeout: 180_000 }, async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/resident-copy/apply.html'));
    await openSection(page, 'glossary');
    await page.locator('dotbogi-overlay #dotbogi-term-deungbon').waitFor();
    const problems = await captureInLanguages(session, page, 'glossary-list');
    expect(problems.filter((problem) => ours.test(problem.element))).toEqual([]);
    await page.close();
  });
});
