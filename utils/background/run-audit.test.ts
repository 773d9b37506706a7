import { describe, expect, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import { runAudit, type FinishRun } from './run-audit';
import { FRAME_MS_PER_ELEMENT, FRAME_TIMEOUT_MAX_MS, frameBound } from '@/utils/audit/frame-bound';
import type { ChildFrame, StartRequest } from '@/utils/audit/frame-protocol';
import type { FrameRun } from '@/utils/audit/types';
import { packAxe } from '@/utils/audit/packed-axe';

type Scripting = Parameters<typeof runAudit>[0];
type Injection = { target: { frameIds?: number[]; allFrames?: boolean }; files?: string[]; args?: unknown[] };

const EMPTY_AXE = {
  testEngine: { name: 'axe-core', version: '4.14.1' },
  url: 'http://demo.gov.kr/',
  timestamp: 't',
  violations: [],
  passes: [],
  incomplete: [],
  inapplicable: [],
} as unknown as AxeResults;

const run = (url: string, overrides: Partial<FrameRun> = {}): FrameRun => ({
  url,
  title: 't',
  viewport: { width: 1280, height: 900, devicePixelRatio: 1, kind: 'desktop' },
  axeVersion: '4.14.1',
  axeFrames: null,
  axeError: null,
  signatures: {},
  checks: [],
  facts: { help: [], fields: [] },
  error: null,
  ...overrides,
});

interface FakeFrame {
  frameId: number;
  url: string;
  path: number[];
  children?: ChildFrame[];
  run?: FrameRun;
  partial?: string | null;
  /** A step that never answers or fails. */
  stall?: 'files' | 'collect';
  /** How long its results take to come back, in ms. */
  collectMs?: number;
  /** The frame's page is replaced during this step: the browser gives no result for it ('files': the first injection only). */
  replaced?: 'files' | 'start' | 'collect';
  fail?: string;
}

/** A tab whose frames answer the audit protocol as the runner would. */
function tab(frames: FakeFrame[]): { scripting: Scripting; started: Map<number, StartRequest> } {
  const started = new Map<number, StartRequest>();
  const injected = new Set<number>();
  const scripting = {
    executeScript: (async (injection: Injection) => {
      if (injection.target.allFrames) return frames.map((frame) => ({ frameId: frame.frameId, result: [frame.url, 10, frame.path] }));
      const frame = frames.find((candidate) => candidate.frameId === injection.target.frameIds![0])!;
      const answer = (result: unknown) => [{ frameId: frame.frameId, result }];
      if (injection.files) {
        if (frame.fail) throw new Error(frame.fail);
        if (frame.replaced === 'files' && !injected.has(frame.frameId)) {
          injected.add(frame.frameId);
          return answer(undefined);
        }
        return frame.stall === 'files' ? new Promise(() => undefined) : answer(true);
      }
      const request = injection.args?.[1];
      if (request && typeof request === 'object' && 'axeContext' in request) {
        if (frame.replaced === 'start') return answer(undefined);
        started.set(frame.frameId, request as StartRequest);
        return answer(JSON.stringify({ children: frame.children ?? [] }));
      }
      if (frame.stall === 'collect') return new Promise(() => undefined);
      if (frame.replaced === 'collect') return answer(null);
      if (frame.collectMs) await new Promise((resolve) => setTimeout(resolve, frame.collectMs));
      return answer([JSON.stringify(frame.run ?? run(frame.url)), frame.partial ?? null]);
    }) as unknown as Scripting['executeScript'],
  };
  return { scripting, started };
}

const child = (index: number, url: string, axeOrder: number | null = index): ChildFrame => ({
  index,
  frameId: null,
  url,
  sandboxed: false,
  axeOrder,
  axeContext: axeOrder === null ? null : { include: [], exclude: [], initiator: false, page: true },
});

const noFinish: FinishRun = () => Promise.reject(new Error('finishRun should not be needed'));
const options = {
  id: 'a',
  journeyId: null,
  dotbogiVersion: '0.0.0',
  frameTimeoutMs: 50,
  finish: noFinish,
};

describe('runAudit', () => {
  it('takes a page without frames whole from its top frame (axe.run there is the page)', async () => {
    const pageAxe = { slim: EMPTY_AXE, packed: await packAxe(EMPTY_AXE) };
    const { scripting, started } = tab([
      { frameId: 0, url: 'http://demo.gov.kr/', path: [], run: run('http://demo.gov.kr/', { pageAxe }) },
    ]);
    const audit = await runAudit(scripting, 1, options);
    expect(audit.url).toBe('http://demo.gov.kr/');
    expect(audit.axe).toEqual(pageAxe.packed);
    expect(audit.status).toBe('complete');
    expect(started.get(0)).toMatchObject({ top: true, axeContext: { exclude: [['dotbogi-overlay']] } });
  });

  it("hands axe.finishRun the frames' partial results in axe's order, null for a frame it could not reach", async () => {
    let given = '';
    const finish: FinishRun = async (partials) => {
      given = partials;
      return { slim: JSON.stringify(EMPTY_AXE), packed: await packAxe(EMPTY_AXE) };
    };
    const { scripting, started } = tab([
      {
        frameId: 0,
        url: 'http://demo.gov.kr/',
        path: [],
        children: [
          child(0, 'http://demo.gov.kr/a.html'),
          child(1, 'http://ads.example/'),
          child(2, 'http://demo.gov.kr/hidden.html', null),
        ],
        run: run('http://demo.gov.kr/', { axeFrames: [['iframe#a'], ['iframe#ads']] }),
        partial: '"top"',
      },
      {
        frameId: 3,
        url: 'http://demo.gov.kr/a.html',
        path: [0],
        children: [child(0, 'http://demo.gov.kr/b.html')],
        run: run('http://demo.gov.kr/a.html', { axeFrames: [['iframe']] }),
        partial: '"a"',
      },
      {
        frameId: 4,
        url: 'http://demo.gov.kr/b.html',
        path: [0, 0],
        run: run('http://demo.gov.kr/b.html', { axeFrames: [] }),
        partial: '"b"',
      },
      { frameId: 5, url: 'http://demo.gov.kr/hidden.html', path: [2] },
    ]);
    const audit = await runAudit(scripting, 1, { ...options, finish });
    // Top, its first frame and that frame's child, then the frame Dotbogi may not enter.
    expect(JSON.parse(given)).toEqual(['top', 'a', 'b', null]);
    expect(started.get(3)!.axeContext).toMatchObject({ initiator: false });
    // The hidden frame: axe leaves it out, Dotbogi's checks still run there.
    expect(started.get(5)).toEqual({ axeContext: null, top: false });
    expect(audit.frames.map((frame) => [frame.frameId, frame.path])).toEqual([
      [0, []],
      [3, [0]],
      [4, [0, 0]],
      [5, [2]],
    ]);
    expect(audit.coverage.framesSkipped).toEqual([
      { url: 'http://ads.example/', reason: expect.stringMatching(/cross-origin frame without permission/), kind: 'no-permission' },
    ]);
  });

  it('lists a frame that never answers with its reason, and keeps the rest of the page', async () => {
    const finish: FinishRun = async (partials) => {
      expect(JSON.parse(partials)).toEqual(['top', null]);
      return { slim: JSON.stringify(EMPTY_AXE), packed: await packAxe(EMPTY_AXE) };
    };
    const { scripting } = tab([
      {
        frameId: 0,
        url: 'http://demo.gov.kr/',
        path: [],
        children: [child(0, 'http://slow.go.kr/')],
        run: run('http://demo.gov.kr/', { axeFrames: [['iframe']] }),
        partial: '"top"',
      },
      { frameId: 2, url: 'http://slow.go.kr/', path: [0], stall: 'collect' },
    ]);
    const audit = await runAudit(scripting, 1, { ...options, finish });
    expect(audit.status).toBe('partial');
    expect(audit.coverage.framesSkipped).toEqual([
      { url: 'http://slow.go.kr/', reason: expect.stringMatching(/timed out/), kind: 'timed-out' },
    ]);
  });

  it('gives each frame its own bound, however long another frame takes to start', async () => {
    const finish: FinishRun = async () => ({ slim: JSON.stringify(EMPTY_AXE), packed: await packAxe(EMPTY_AXE) });
    // The ticker's scripts never go in, so its start takes its whole bound; the top frame's results
    // take a while too, and must not wait for the ticker before they are asked for.
    const { scripting } = tab([
      {
        frameId: 0,
        url: 'http://demo.gov.kr/',
        path: [],
        children: [child(0, 'http://ticker.go.kr/')],
        run: run('http://demo.gov.kr/', { axeFrames: [['iframe']] }),
        partial: '"top"',
        collectMs: 40,
      },
      { frameId: 2, url: 'http://ticker.go.kr/', path: [0], stall: 'files' },
    ]);
    const audit = await runAudit(scripting, 1, { ...options, finish });
    expect(audit.frames.map((frame) => frame.frameId)).toEqual([0]);
    expect(audit.coverage.framesSkipped).toEqual([
      { url: 'http://ticker.go.kr/', reason: expect.stringMatching(/timed out/), kind: 'timed-out' },
    ]);
  });

  it('lists a frame whose page was replaced mid-audit as navigated, at either step', async () => {
    for (const replaced of ['start', 'collect'] as const) {
      const { scripting } = tab([
        { frameId: 0, url: 'http://demo.gov.kr/', path: [], children: [child(0, 'http://ticker.go.kr/', null)] },
        { frameId: 2, url: 'http://ticker.go.kr/', path: [0], replaced },
      ]);
      const audit = await runAudit(scripting, 1, options);
      expect(audit.coverage.framesSkipped).toEqual([
        { url: 'http://ticker.go.kr/', reason: expect.stringMatching(/navigated/), kind: 'navigated' },
      ]);
    }
  });

  it('audits a frame whose first page was still loading when the audit script went in', async () => {
    const finish: FinishRun = async () => ({ slim: JSON.stringify(EMPTY_AXE), packed: await packAxe(EMPTY_AXE) });
    const { scripting, started } = tab([
      {
        frameId: 0,
        url: 'http://demo.gov.kr/',
        path: [],
        children: [child(0, 'http://map.go.kr/')],
        run: run('http://demo.gov.kr/', { axeFrames: [['iframe']] }),
        partial: '"top"',
      },
      { frameId: 2, url: 'http://map.go.kr/', path: [0], replaced: 'files', partial: '"map"' },
    ]);
    const audit = await runAudit(scripting, 1, { ...options, finish });
    expect(started.has(2)).toBe(true);
    expect(audit.coverage.framesSkipped).toEqual([]);
  });
});

describe('a frame that never answers the first look', () => {
  it('does not hold the others back: the frames that reported themselves are audited, the silent one is listed', async () => {
    const frames: FakeFrame[] = [
      {
        frameId: 0,
        url: 'http://demo.gov.kr/',
        path: [],
        children: [child(0, 'http://chat.go.kr/busy.html')],
        run: run('http://demo.gov.kr/', { axeFrames: [['iframe']] }),
        partial: '"top"',
      },
    ];
    const { scripting } = tab(frames);
    const stuck: Scripting = {
      executeScript: ((injection: Injection) =>
        injection.target.allFrames
          ? new Promise(() => undefined)
          : scripting.executeScript(injection as never)) as Scripting['executeScript'],
    };
    const reports = {
      listen: () => ({ found: () => [{ frameId: 0, url: 'http://demo.gov.kr/', elements: 10, rawPath: [] }], stop: () => undefined }),
    };
    const finish: FinishRun = async (partials) => {
      expect(JSON.parse(partials)).toEqual(['top', null]);
      return { slim: JSON.stringify(EMPTY_AXE), packed: await packAxe(EMPTY_AXE) };
    };
    const audit = await runAudit(stuck, 1, { ...options, finish, reports, mayAccess: async () => true });
    expect(audit.coverage.framesSkipped).toEqual([
      { url: 'http://chat.go.kr/busy.html', reason: expect.stringMatching(/did not answer/), kind: 'timed-out' },
    ]);
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
      executeScript: (async (injection: Injection) => {
        if (injection.target.allFrames) return [{ frameId: 0, result: ['http://bench.gov.kr/big.html', 10, []] }];
        return new Promise(() => undefined);
      }) as unknown as Scripting['executeScript'],
    };
    await expect(runAudit(big, 1, { ...options, frameTimeoutMs: 1 })).rejects.toThrow(/given for 10 elements/);
  });

  it('answers with the reason when the top frame never finishes, instead of waiting for ever', async () => {
    const { scripting } = tab([{ frameId: 0, url: 'http://hostile.go.kr/never-loads.html', path: [], stall: 'files' }]);
    await expect(runAudit(scripting, 1, options)).rejects.toThrow(/could not be audited: timed out after 0 s/);
  });

  it('names the reason when the page navigates away under the audit', async () => {
    const { scripting } = tab([{ frameId: 0, url: 'http://demo.gov.kr/', path: [], fail: 'Frame with ID 0 was removed.' }]);
    await expect(runAudit(scripting, 1, options)).rejects.toThrow(/not audited: Frame with ID 0 was removed/);
  });

  it('answers even when the page cannot say which frames it has (main thread stuck)', async () => {
    const stuck = { executeScript: (() => new Promise(() => undefined)) as unknown as Scripting['executeScript'] };
    await expect(runAudit(stuck, 1, options)).rejects.toThrow(/the page did not respond: timed out/);
  });
});
