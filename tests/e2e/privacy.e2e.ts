/**
 * An issued certificate full of personal data (tests/fixtures/real-world/certificate.html: names
 * in Hangul, Hanja and Latin letters, registration numbers, birth dates, addresses, phones, an
 * e-mail, an account, a card, a passport, form values — in table cells, definitions, titles,
 * alts, aria-labels, data- attributes, values, a link's query and a frame) is audited one-off and
 * as a journey, reported, exported in every format and audited by the CLI. None of it may be
 * found, byte for byte, in IndexedDB, storage.local, any export or the CLI's output folder — packed
 * (gzip) data unpacked first — while what a designer needs (the tags, labels and structure) stays.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { openConsole, type ExtensionConsole } from './support/extension-console';
import { ROOT } from './support/paths';
import { storedIndexedDb, withPackedUnpacked } from './support/stored-data';

/** Everything personal on the certificate, in the forms it appears in. */
const PERSONAL = [
  // Names: Hangul, Hanja, Latin, and the URL-encoded name in the print link.
  '박순자',
  '朴順子',
  'PARK SOONJA',
  'SOONJA',
  '이정훈',
  '李正勳',
  'JEONGHOON',
  '응우옌',
  'NGUYEN',
  '%EB%B0%95%EC%88%9C%EC%9E%90',
  // Resident and alien registration numbers, masked or not.
  '450823-2143517',
  '4508232143517',
  '2143517',
  '781104',
  '930615-5234567',
  '5234567',
  // Dates of birth.
  '1945. 8. 23',
  '19450823',
  '1945년 8월 23일',
  '23 Aug 1945',
  // Addresses: road-name with unit, lot-number, village, and in English.
  '해운대로 570',
  '1502호',
  '해운대아이파크',
  '삼계동 1473-2',
  '송호리 112',
  '570 Haeundae-ro',
  // Phones, e-mail, account, card, passport.
  '7294-3318',
  '72943318',
  '331 7720',
  'soonja.park45',
  '421302-04-118237',
  '118237',
  '9410-6112',
  '3345-0781',
  'M123A4567',
  // A form value only the textarea holds.
  '허리 수술',
];

describe('personal data on an issued certificate', () => {
  let session: ExtensionSession;
  let console: ExtensionConsole;
  let dir: string;
  beforeAll(async () => {
    session = await launchWithExtension();
    console = await openConsole(session);
    dir = await mkdtemp(join(tmpdir(), 'dotbogi-privacy-'));
  });
  afterAll(async () => {
    await session?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reaches no stored record, export or CLI file; the audit still shows tags, labels and structure', { timeout: 600_000 }, async () => {
    const page = await session.context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(session.web.url('www.sample.go.kr', '/certificate.html'));
    const tabId = await console.tabId(page.url());
    // One-off, and as a journey (which audits the page as it loads, and records its facts).
    const single = await console.value('audit:run', { tabId }, 90_000);
    const journey = await console.value('journey:start', { tabId, name: '등본 발급 결과' });
    await page.reload();
    await expect
      .poll(async () => (await console.value('audits:list', { journeyId: journey.id })).journeys[0]?.pages.length, { timeout: 90_000 })
      .toBeGreaterThanOrEqual(1);
    await console.value('journey:stop', {});

    const texts: Record<string, string> = {};
    texts['audits:export'] = JSON.stringify(await console.value('audits:export', {}));
    texts['storage.local'] = JSON.stringify(await console.page.evaluate(() => chrome.storage.local.get(null)));
    texts.IndexedDB = await storedIndexedDb(console);

    // Every download the report page offers, for the one-off audit and for the journey.
    for (const query of [`audit=${encodeURIComponent(single.id)}`, `journey=${encodeURIComponent(journey.id)}`]) {
      const report = await session.context.newPage();
      await report.goto(`chrome-extension://${session.extensionId}/report.html?${query}`);
      const buttons = report.locator('section[aria-labelledby="downloads"] button');
      await buttons.first().waitFor({ timeout: 60_000 });
      const count = await buttons.count();
      expect(count).toBeGreaterThanOrEqual(5);
      for (let i = 0; i < count; i++) {
        const [download] = await Promise.all([report.waitForEvent('download'), buttons.nth(i).click()]);
        texts[`report ${query} ${download.suggestedFilename()}`] = await bytesAsText(await readFile((await download.path())!));
      }
      // And the report page as a person sees it.
      texts[`report page ${query}`] = await report.locator('body').innerText();
      await report.close();
    }

    // The CLI on the same page, every format, its output folder read file by file.
    const out = join(dir, 'cli');
    const cli = await run(['tests/fixtures/real-world/certificate.html', '--format', 'json,html,csv,sarif,md', '--out', out]);
    expect(cli.code, cli.stderr).toBe(0);
    for (const name of await readdir(out)) texts[`CLI ${name}`] = await bytesAsText(await readFile(join(out, name)));

    expect(Object.keys(texts).length).toBeGreaterThanOrEqual(16);
    for (const [where, text] of Object.entries(texts)) {
      for (const value of PERSONAL) expect(text.includes(value), `${where} contains ${value}`).toBe(false);
    }
    // Not an empty search: the audits are there, with what a designer needs to find the problems.
    expect(texts.IndexedDB).toContain('testEngine');
    expect(texts['audits:export']).toContain('certificate.html');
    expect(texts['audits:export']).toContain('<td');
    expect(texts['audits:export']).toContain('세대주 성명(한자)');
    expect(texts['CLI audit.json']).toContain('certificate-en.html');
    await page.close();
  });
});

/** Text of a file, gunzipped first when it is gzip data. */
async function bytesAsText(bytes: Buffer): Promise<string> {
  const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const text = plain.toString('utf8');
  try {
    // axe's raw results packed inside JSON (gzip + base64): searched unpacked.
    return JSON.stringify(await withPackedUnpacked(JSON.parse(text)));
  } catch {
    return text;
  }
}

/** `npm run audit -- …` as a user runs it. */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      join(ROOT, 'node_modules/.bin/node'),
      ['utils/audit/cli/main.ts', ...args],
      { cwd: ROOT, maxBuffer: 32 * 2 ** 20 },
      (error, stdout, stderr) => done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
