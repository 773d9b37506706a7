import type { Locale } from 'axe-core';
import type { WebExtension } from '@/utils/web-extension';
import { assemblePageAudit, type FrameResult } from '@/utils/audit/assemble';
import type { FrameRun, PackedAxe, SkippedFrame, StoredPageAudit } from '@/utils/audit/types';
import { mergeAxeResults, skipKind } from '@/utils/audit/migrate';
import { packAxe, unpackAxe } from '@/utils/audit/packed-axe';
import { redactUrl } from '@/utils/audit/redact';
import { FRAME_TIMEOUT_MS, frameBound } from '@/utils/audit/frame-bound';
import { AXE_SCRIPT } from '@/utils/audit/axe-script';

export const AUDIT_SCRIPT = '/content-scripts/audit.js';

type Scripting = Pick<WebExtension['scripting'], 'executeScript'>;

export interface RunAuditOptions {
  id: string;
  journeyId: string | null;
  /** The designer's UI language: finding texts follow it (axe's own translations where axe ships them). */
  language: string;
  /** axe's rule texts in that language, or null (see assemble.ts). */
  axeLocale: Locale | null;
  dotbogiVersion: string;
  now?: () => number;
  /** How long one frame may take (loading to document_idle, then axe and our checks), before its size is added. */
  frameTimeoutMs?: number;
}

/**
 * Injects the audit runner (axe-core and our checks) into every frame of a tab on demand and
 * assembles one PageAudit. Frames the extension could not reach are listed in the coverage,
 * never silently dropped: each frame reports its child frames, and children that produced no
 * result are "skipped".
 */
export async function runAudit(scripting: Scripting, tabId: number, options: RunAuditOptions): Promise<StoredPageAudit> {
  const now = options.now ?? Date.now;
  const startedAt = now();
  // Which frames exist and where they are, asked without waiting for document_idle, so a page
  // that never finishes loading still answers (with its size, for its time bound). Then each frame
  // is audited on its own, with a time bound: a frame that never loads, navigates away or keeps axe
  // busy for ever costs that frame (recorded with the reason), never the whole audit.
  const timeoutMs = options.frameTimeoutMs ?? FRAME_TIMEOUT_MS;
  // Counted from the start of the audit, so finding the frames and auditing them share one bound.
  const started = Date.now();
  const left = (bound: number) => Math.max(0, started + bound - Date.now());
  const found = await withTimeout(
    scripting.executeScript({
      target: { tabId, allFrames: true },
      injectImmediately: true,
      // The frame's place in the page: its index among its parent's frames at each level, walked up
      // through WindowProxies (which cross origins); -1 where the parent does not list it.
      func: () => {
        const path: number[] = [];
        for (let child: Window = window; child !== child.parent; child = child.parent) {
          let index = -1;
          for (let i = 0; i < child.parent.length; i++) if (child.parent[i] === child) index = i;
          path.unshift(index);
        }
        return [location.href, document.getElementsByTagName('*').length, path];
      },
    }),
    left(timeoutMs),
    timeoutMs,
  );
  // A page whose main thread never comes back (a script in an endless loop) cannot even say which frames it has.
  const reached = found.ok ? found.value : [];
  const unreachable = found.ok ? [] : [{ url: `tab ${tabId}`, reason: `the page did not respond: ${found.reason}` }];
  const outcomes = await Promise.all(
    reached.map(async ({ frameId, result }) => {
      const { url, elements } = frameInfo(result, frameId);
      const bound = frameBound(timeoutMs, elements);
      return {
        frameId,
        url: redactUrl(url),
        outcome: await withTimeout(
          // axe-core's own build first: the audit script finds it in the same isolated world.
          scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [AXE_SCRIPT, AUDIT_SCRIPT] }),
          left(bound),
          bound,
          elements,
        ),
      };
    }),
  );
  const paths = new Map(reached.map(({ frameId, result }) => [frameId, frameInfo(result, frameId).path]));
  const frames: FrameResult[] = [];
  const failed: { url: string; reason: string }[] = [];
  for (const { frameId, url, outcome } of outcomes) {
    const run = outcome.ok ? frameRunOf(outcome.value[0]?.result) : undefined;
    if (run) frames.push({ frameId, path: paths.get(frameId) ?? null, run });
    else failed.push({ url, reason: outcome.ok ? 'the frame returned no result' : outcome.reason });
  }
  if (!frames.some(({ frameId }) => frameId === 0)) {
    const top = outcomes.find(({ frameId }) => frameId === 0);
    const reason = unreachable[0]?.reason ?? (top && !top.outcome.ok ? top.outcome.reason : undefined);
    throw new Error(`The page could not be audited: ${reason ?? 'it was navigating, closed, or Dotbogi may not access it.'}`);
  }
  return assemblePageAudit({
    id: options.id,
    journeyId: options.journeyId,
    startedAt,
    finishedAt: now(),
    dotbogiVersion: options.dotbogiVersion,
    language: options.language,
    axeLocale: options.axeLocale,
    frames,
    axe: await pageAxe(frames),
    skipped: [...withFailures(skippedFrames(frames), failed), ...unreachable].map((skip): SkippedFrame => ({
      ...skip,
      kind: skipKind(skip.reason),
    })),
  });
}

/** The frames' axe results as the page's: the top frame's alone, or all merged. */
async function pageAxe(frames: readonly FrameResult[]): Promise<PackedAxe | null> {
  const packed = [...frames].sort((a, b) => a.frameId - b.frameId).flatMap(({ run }) => run.axe ?? []);
  if (packed.length <= 1) return packed[0] ?? null;
  return packAxe(mergeAxeResults(await Promise.all(packed.map((axe) => unpackAxe(axe)))));
}

/** What the probe answered for a frame: its address, how many elements it had, and where it sits. */
function frameInfo(result: unknown, frameId: number): { url: string; elements: number; path: number[] | null } {
  const [url, elements, path] = Array.isArray(result) ? result : [result, 0, null];
  return {
    url: typeof url === 'string' ? url : `frame ${frameId}`,
    elements: typeof elements === 'number' ? elements : 0,
    path: Array.isArray(path) && path.every((index) => typeof index === 'number' && index >= 0) ? (path as number[]) : null,
  };
}

/** The audit script answers with its FrameRun as JSON text (see auditFrameAsJson); anything else is no result. */
function frameRunOf(result: unknown): FrameRun | undefined {
  let run: unknown = result;
  if (typeof result === 'string') {
    try {
      run = JSON.parse(result);
    } catch {
      return undefined;
    }
  }
  return run && typeof run === 'object' && 'checks' in run ? (run as FrameRun) : undefined;
}

/** Child frames some frame listed that no frame answered from: the extension may not access them. */
export function skippedFrames(frames: readonly FrameResult[]): { url: string; reason: string }[] {
  const reached = frames.map(({ run }) => run.url);
  const skipped: { url: string; reason: string }[] = [];
  for (const { run } of frames) {
    for (const child of run.childFrames) {
      const index = reached.indexOf(child);
      if (index >= 0) {
        reached.splice(index, 1);
        continue;
      }
      const blank = child === 'about:blank' || child.startsWith('about:') || child.startsWith('javascript:');
      skipped.push({ url: child, reason: blank ? 'blank or srcdoc frame (not audited)' : 'cross-origin frame without permission' });
    }
  }
  return skipped;
}

/** A parent already listed a failed frame as its child: keep one entry, with the real reason. */
function withFailures(skipped: { url: string; reason: string }[], failed: readonly { url: string; reason: string }[]) {
  const kept = [...skipped];
  for (const failure of failed) {
    const index = kept.findIndex((entry) => entry.url === failure.url);
    if (index >= 0) kept.splice(index, 1);
  }
  return [...kept, ...failed];
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** `ms`: time left; `bound`: the whole bound, named in the reason, with the frame's size when known. */
async function withTimeout<T>(work: Promise<T>, ms: number, bound: number, elements = 0): Promise<Outcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const size = elements > 0 ? `, given for ${elements.toLocaleString('en')} elements` : '';
  const late = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          reason: `timed out after ${Math.round(bound / 1000)} s${size} (the frame did not finish loading, or the audit took too long)`,
        }),
      ms,
    );
  });
  const done = work.then(
    (value): Outcome<T> => ({ ok: true, value }),
    // e.g. the frame navigated away or was removed while it was being audited.
    (error: unknown): Outcome<T> => ({ ok: false, reason: `not audited: ${error instanceof Error ? error.message : String(error)}` }),
  );
  try {
    return await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
}
