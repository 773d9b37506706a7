import { describe, expect, it } from 'vitest';
import { runAudit } from './run-audit';
import { FRAME_MS_PER_ELEMENT, FRAME_TIMEOUT_MAX_MS, frameBound } from '@/utils/audit/frame-bound';

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

const options = { id: 'a', journeyId: null, language: 'ko', axeLocale: null, dotbogiVersion: '0.0.0', frameTimeoutMs: 50 };

describe('runAudit', () => {
  it('reads the frame run the audit script sends back as JSON text', async () => {
    const run = {
      url: 'http://demo.gov.kr/',
      title: 't',
      childFrames: [],
      viewport: { width: 1280, height: 900, devicePixelRatio: 1, kind: 'desktop' },
      axeVersion: '4.14.0',
      axe: null,
      axeSignatures: {},
      checks: [],
      facts: { help: [], fields: [] },
      error: null,
    };
    const audit = await runAudit(
      scriptingWhere(async () => [{ frameId: 0, documentId: 'd', result: JSON.stringify(run) }]),
      1,
      options,
    );
    expect(audit.url).toBe('http://demo.gov.kr/');
  });
});

describe('frameBound', () => {
  it('gives a big frame more time in proportion to its size, up to a cap', () => {
    expect(frameBound(30_000, 0)).toBe(30_000);
    expect(frameBound(30_000, 20_000)).toBe(30_000 + 20_000 * FRAME_MS_PER_ELEMENT);
    expect(frameBound(30_000, 10_000_000)).toBe(FRAME_TIMEOUT_MAX_MS);
  });
});

describe('runAudit time bound', () => {
  it('names the bound it gave a big frame', async () => {
    const big: Scripting = {
      executeScript: (async (injection: { files?: string[] }) => {
        if (!injection.files) return [{ frameId: 0, documentId: 'd', result: ['http://bench.gov.kr/big.html', 10] }];
        return new Promise(() => undefined);
      }) as unknown as Scripting['executeScript'],
    };
    await expect(runAudit(big, 1, { ...options, frameTimeoutMs: 1 })).rejects.toThrow(/given for 10 elements/);
  });

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
