import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { sourceHash } from '../../utils/i18n/hashes';

/**
 * The translator studio in the built extension: the website's own words locked, style notes for
 * the chosen language, reviews under the volunteer's name in the exported file, and a file saved
 * by an older Dotbogi taken in rather than refused.
 */
describe('the translator studio (번역 돕기)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('locks 「」 labels, shows style notes, and exports reviews with the reviewer’s name', async () => {
    const studio = await session.openExtensionPage('studio.html');
    await studio.getByLabel('번역할 언어').selectOption('vi');
    await studio.getByRole('heading', { name: /Tiếng Việt/, level: 2 }).waitFor({ timeout: 20_000 });

    const notes = studio.locator('details.style-notes');
    await expect(notes.locator('summary').textContent()).resolves.toBe('Tiếng Việt 번역 안내');
    expect(await notes.textContent()).toContain('không dùng “bạn”');

    await studio.getByLabel('영역').selectOption('guides');
    const why = studio.locator('#string-guides-move-in-steps-details-why');
    const row = studio.locator('li.string', { has: why });
    await expect(row.locator('dd .locked-label').first().textContent()).resolves.toContain('「본인(세대주)」');
    await why.fill('Nếu quý vị là chủ hộ, chọn 「본인(세대주)」. Xong thì nhấn 「Bước tiếp」.');
    await row.getByText('「다음 단계」은(는) 웹사이트에 있는 글자입니다. 번역하지 말고 「」까지 그대로 두세요.').waitFor();
    await expect(why.getAttribute('aria-invalid')).resolves.toBe('true');
    await why.fill('Nếu quý vị là chủ hộ, chọn 「본인(세대주)」. Xong thì nhấn  (Bước tiếp).');
    await why.evaluate((box: HTMLTextAreaElement) => {
      const at = box.value.indexOf('nhấn ') + 'nhấn '.length;
      box.setSelectionRange(at, at);
    });
    await row.getByRole('button', { name: '「다음 단계」 넣기' }).click();
    await expect(why.inputValue()).resolves.toBe('Nếu quý vị là chủ hộ, chọn 「본인(세대주)」. Xong thì nhấn 「다음 단계」 (Bước tiếp).');
    await expect(why.getAttribute('aria-invalid')).resolves.toBe('false');

    await studio.getByLabel('영역').selectOption('common');
    const close = studio.locator('li.string', { has: studio.locator('#string-common-close') });
    await expect(close.getByRole('checkbox', { name: '검토함' }).isDisabled()).resolves.toBe(true);
    await studio.getByLabel('검토자 이름').fill('minh');
    await close.getByRole('checkbox', { name: '검토함' }).check();
    await close.getByText('검토: minh').waitFor();

    const [download] = await Promise.all([
      studio.waitForEvent('download'),
      studio.getByRole('button', { name: '번역 파일 내려받기' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      version: number;
      reviewer: string;
      reviews: Record<string, Record<string, { by: string }>>;
      sourceHashes: Record<string, Record<string, string>>;
      strings: { guides: { 'move-in': { steps: { details: { why: string } } } } };
    };
    expect(exported.version).toBe(2);
    expect(exported.reviewer).toBe('minh');
    expect(exported.reviews.common!.close!.by).toBe('minh');
    expect(exported.strings.guides['move-in'].steps.details.why).toContain('「다음 단계」');
    expect(exported.sourceHashes.guides!['move-in.steps.details.why']).toMatch(/^[0-9a-f]{8} [0-9a-f]{8}$/);
    await studio.close();
  });

  it('takes in a file of the old format, flagging a string translated from older Korean', async () => {
    const studio = await session.openExtensionPage('studio.html?lang=vi');
    await studio.getByRole('heading', { name: /Tiếng Việt/, level: 2 }).waitFor({ timeout: 20_000 });
    const old = { format: 'dotbogi-locale', version: 1, language: 'vi', strings: { common: { close: 'Đóng' } } };
    await studio.getByLabel('번역 파일 불러오기').setInputFiles({
      name: 'dotbogi-vi.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...old, sourceHashes: { common: { close: sourceHash('닫음') } } })),
    });
    await studio.getByText('문장 1개를 불러왔습니다.').waitFor();
    const close = studio.locator('li.string', { has: studio.locator('#string-common-close') });
    await close.getByText('번역한 뒤에 원문이 바뀌었습니다. 다시 확인해 주세요.').waitFor();
    await studio.close();
  });
});
