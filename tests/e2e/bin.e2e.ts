import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, stopServiceWorkers, type ExtensionSession } from './support/browser';
import { openConsole, type ExtensionConsole } from './support/extension-console';
import { extensionPageAxeProblems } from './support/axe';
import { samplePageAudit } from '@/tests/kits/sample-audit';
import { SCHEMA_VERSION, type AuditExport, type Journey } from '@/utils/audit/types';

/**
 * Safe delete that survives the side panel (#23): a deleted journey waits in the background's bin,
 * so the undo is still there in a panel opened after the delete, after the service worker stopped,
 * and a report of it says it was deleted. After the 10 s window it is gone for good.
 */
describe('the bin in the built extension', () => {
  let session: ExtensionSession;
  let console: ExtensionConsole;
  beforeAll(async () => {
    session = await launchWithExtension();
    console = await openConsole(session);
  });
  afterAll(() => session?.close());

  const journey: Journey = {
    schemaVersion: SCHEMA_VERSION,
    id: 'bin-journey',
    name: '전입신고 여정',
    tabId: 1,
    status: 'stopped',
    startedAt: '2026-12-07T01:00:00.000Z',
    endedAt: '2026-12-07T01:02:00.000Z',
    pages: ['bin-step-1', 'bin-step-2'],
    findings: [],
    kwcag: [],
  };
  const file: AuditExport = {
    format: 'dotbogi-audits',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: '2026-12-07T01:03:00.000Z',
    journeys: [journey],
    pages: journey.pages.map((id, index) =>
      samplePageAudit({ id, journeyId: journey.id, title: `전입신고 ${index + 1}단계`, startedAt: `2026-12-07T01:0${index}:00.000Z` }),
    ),
  };
  const stored = async () => {
    const listing = await console.value('audits:list', { journeyId: journey.id });
    return { journeys: listing.journeys.length, pages: listing.pages.length, undoable: listing.undoable.map((entry) => entry.id) };
  };
  const openPanel = async () => {
    const panel = await session.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.getByRole('tab', { name: '저장된 검사' }).click();
    return { panel, saved: panel.getByRole('tabpanel', { name: '저장된 검사' }) };
  };

  it(
    'delete, close the side panel, reopen it: ‘되돌리기’ is still offered for the time left, and brings the journey back',
    { timeout: 120_000 },
    async () => {
      await console.value('audits:import', { file });
      let { panel, saved } = await openPanel();
      const item = saved.locator('.stored-journey').filter({ has: panel.getByRole('heading', { name: journey.name, exact: true }) });
      await item.getByRole('button', { name: '삭제' }).click();
      await item.getByRole('button', { name: '지우기' }).click();
      await saved.getByText(`“${journey.name}” 기록을 지웠습니다.`, { exact: false }).waitFor();
      const deletedAt = Date.now();
      expect(await stored()).toEqual({ journeys: 0, pages: 0, undoable: [journey.id] });
      await panel.close();

      // A report of the deleted journey says so, and where to bring it back.
      const report = await session.openExtensionPage(`report.html?journey=${journey.id}`);
      await report
        .getByText(/이 기록은 지워졌습니다\. 앞으로 \d+초 안에 사이드 패널에서 ‘되돌리기’를 누르면 되살릴 수 있습니다\./)
        .waitFor();
      expect(await report.textContent('body')).not.toContain('검사 결과를 찾을 수 없습니다');

      ({ panel, saved } = await openPanel());
      const offer = saved.getByText(/“전입신고 여정” 기록을 지웠습니다\. (\d+)초 안에 되돌릴 수 있습니다\./);
      await offer.waitFor();
      const seconds = Number(/(\d+)초/.exec((await offer.textContent()) ?? '')![1]);
      // The time left, not a fresh 10 s.
      expect(seconds).toBeLessThanOrEqual(Math.ceil((10_000 - (Date.now() - deletedAt)) / 1000) + 1);
      expect(await extensionPageAxeProblems(panel)).toEqual([]);
      await saved.getByRole('button', { name: '되돌리기' }).click();
      await saved.getByText(`“${journey.name}” 기록을 되돌렸습니다.`).waitFor();
      expect(await stored()).toEqual({ journeys: 1, pages: 2, undoable: [] });
      await saved
        .locator('.stored-journey')
        .filter({ has: panel.getByRole('heading', { name: journey.name, exact: true }) })
        .waitFor();

      // The report, opened again, is the journey's.
      await report.reload();
      await report.getByRole('heading', { level: 1 }).waitFor();
      await report.locator('article.finding').first().waitFor({ timeout: 30_000 });
      await Promise.all([panel.close(), report.close()]);
    },
  );

  it(
    'after the window, with the service worker stopped meanwhile, the journey is gone for good and the report says it was deleted',
    { timeout: 120_000 },
    async () => {
      let { panel, saved } = await openPanel();
      const item = saved.locator('.stored-journey').filter({ has: panel.getByRole('heading', { name: journey.name, exact: true }) });
      await item.getByRole('button', { name: '삭제' }).click();
      await item.getByRole('button', { name: '지우기' }).click();
      await saved.getByRole('button', { name: '되돌리기' }).waitFor();
      await panel.close();
      await stopServiceWorkers(session);
      await new Promise((resolve) => setTimeout(resolve, 10_500));

      // The worker wakes for the listing: nothing comes back, nothing is offered.
      expect(await stored()).toEqual({ journeys: 0, pages: 0, undoable: [] });
      const refused = await console.ask('audits:restore', { id: journey.id });
      expect(refused.ok).toBe(false);
      expect(!refused.ok && 'problem' in refused.error && refused.error.problem?.kind).toBe('deleted');
      ({ panel, saved } = await openPanel());
      await saved.getByRole('button', { name: '모두 내보내기 (JSON)' }).waitFor();
      expect(await saved.getByRole('button', { name: '되돌리기' }).count()).toBe(0);
      const report = await session.openExtensionPage(`report.html?journey=${journey.id}`);
      await report.getByText(/이 기록은 .+에 지워졌습니다\. 되돌릴 수 있는 시간이 지났습니다\./).waitFor();
      // The bin let the page audits go: IndexedDB holds neither them nor the journey's name.
      const worker = await session.serviceWorker();
      const binPages = await worker.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('dotbogi-audits');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const count = request.result.transaction('binPages').objectStore('binPages').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      );
      expect(binPages).toBe(0);
      await Promise.all([panel.close(), report.close()]);
    },
  );

  it('refuses a file of a schema it cannot read with the versions, in the reader’s language (#17)', { timeout: 60_000 }, async () => {
    const { panel, saved } = await openPanel();
    const picker = saved.locator('.stored-actions .file-picker');
    const newer = { ...file, schemaVersion: 99 };
    await picker
      .locator('input[type=file]')
      .setInputFiles({ name: '새 버전.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) });
    const refusal = picker.getByText(/^“새 버전\.json” 파일은 가져올 수 없습니다\. 더 새로운 돋보기가 만든 기록이라 읽을 수 없습니다\./);
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/\(기록 형식 버전 99, 이 돋보기는 버전 \d+까지 읽습니다\)\.$/);
    expect(await saved.textContent()).not.toMatch(/schema version|cannot be read/);
    await panel.close();
  });
});
