import { describe, expect, it } from 'vitest';
import { runAudit } from './run-audit';

type Scripting = Parameters<typeof runAudit>[0];

/** A tab with one frame whose audit never comes back (a page that never loads, or a stuck axe run). */
function scriptingWhere(audit: () => Promise<unknown>): Scripting {
  return {
    executeScript: (async (injection: { files?: string[] }) => {
      if (!injection.files) return [{ frameId: 0, documentId: 'd', result: 'http://hostile.go.kr/never-loads.html' }];
      return audit();
    }) as unknown as Scripting['executeScript'],
  };
}

const options = { id: 'a', journeyId: null, language: 'ko', dotbogiVersion: '0.0.0', frameTimeoutMs: 50 };

describe('runAudit time bound', () => {
  it('answers with the reason when a frame never finishes, instead of waiting for ever', async () => {
    await expect(
      runAudit(
        scriptingWhere(() => new Promise(() => undefined)),
        1,
        options,
      ),
    ).rejects.toThrow(/could not be audited: timed out after 0 s/);
  });

  it('names the reason when the page navigates away under the audit', async () => {
    await expect(
      runAudit(
        scriptingWhere(() => Promise.reject(new Error('Frame with ID 0 was removed.'))),
        1,
        options,
      ),
    ).rejects.toThrow(/not audited: Frame with ID 0 was removed/);
  });

  it('answers even when the page cannot say which frames it has (main thread stuck)', async () => {
    const stuck = { executeScript: (() => new Promise(() => undefined)) as unknown as Scripting['executeScript'] };
    await expect(runAudit(stuck, 1, options)).rejects.toThrow(/the page did not respond: timed out/);
  });
});
