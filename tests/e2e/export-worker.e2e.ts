import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { openConsole } from './support/extension-console';
import { syntheticJourney } from '../kits/report/synthetic-audits';
import { auditsToJson } from '@/utils/report/export/formats/json';

/**
 * The report page's Excel workbook is made in a module worker (#17: 5–7 s on the page's thread for
 * a 500-page journey): the page keeps answering while it is made, says so, and the file is the same
 * as the one made on the page's own thread. How long the page's longest task is, is the bench's job
 * (tests/bench/report.bench.ts).
 */
describe('the Excel export off the report page’s thread', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('is made in a worker, says it is being made, and is the same workbook as one made on the page', { timeout: 180_000 }, async () => {
    const console = await openConsole(session);
    const { journey, pages } = syntheticJourney(40);
    await console.value('audits:import', { file: JSON.parse(auditsToJson([journey], pages)) as unknown });
    const url = `chrome-extension://${session.extensionId}/report.html?journey=${journey.id}`;

    const workers: string[] = [];
    const inWorker = await session.context.newPage();
    inWorker.on('worker', (worker) => workers.push(worker.url()));
    const offThread = await workbook(inWorker, url);
    expect(workers.some((address) => /export-worker/.test(address))).toBe(true);

    const onPage = await session.context.newPage();
    const pageWorkers: string[] = [];
    onPage.on('worker', (worker) => pageWorkers.push(worker.url()));
    const sameThread = await workbook(onPage, `${url}&exportThread=page`);
    expect(pageWorkers).toEqual([]);

    // Byte for byte in every part people read: the sheets, their shared strings, their styles.
    const parts = (file: Uint8Array) => {
      const entries = unzipSync(file);
      return Object.fromEntries(
        Object.entries(entries)
          .filter(([name]) => name.startsWith('xl/'))
          .map(([name, content]) => [name, strFromU8(content)]),
      );
    };
    const worker = parts(offThread.content);
    expect(Object.keys(worker)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/sharedStrings.xml']));
    expect(worker).toEqual(parts(sameThread.content));
    expect(offThread.name).toBe(sameThread.name);
    // Worded in the reader's language by the worker's own strings (not keys).
    expect(worker['xl/sharedStrings.xml']).toContain('<t>숫자 읽는 법</t>');
    expect(worker['xl/sharedStrings.xml']).not.toMatch(/<t>(?:export|counting|cert)\./);
    await Promise.all([inWorker.close(), onPage.close(), console.page.close()]);
  });
});

/** Opens the report, presses the Excel button, and returns the file as saved, with its name. */
async function workbook(page: Page, url: string): Promise<{ name: string; content: Uint8Array }> {
  await page.goto(url);
  await page.getByRole('heading', { level: 2, name: '검사 범위' }).waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: '엑셀 (품질인증 표)' }).click(),
  ]);
  // The page said it was being made, then that it is ready.
  await page.getByText(/파일이 준비되었습니다\./).waitFor();
  return { name: download.suggestedFilename(), content: new Uint8Array(await readFile((await download.path())!)) };
}
