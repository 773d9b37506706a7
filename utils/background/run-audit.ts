import type { AxeResults } from 'axe-core';
import type { WebExtension } from '@/utils/web-extension';
import { assemblePageAudit, type FrameResult } from '@/utils/audit/assemble';
import type { FrameRun, StoredPageAudit } from '@/utils/audit/types';
import { redactUrl } from '@/utils/audit/redact';
import { FRAME_TIMEOUT_MS, frameBound } from '@/utils/audit/frame-bound';
import { AXE_SCRIPT } from '@/utils/audit/axe-script';
import { AUDITED } from '@/utils/audit/axe-options';
import { RUNNER_KEY, type FrameRunner, type StartReply, type StartRequest } from '@/utils/audit/frame-protocol';
import { framesNotAudited, matchChild, orderPartials, placeTarget, type FrameNode, type ReachedFrame } from '@/utils/audit/frame-tree';
import { targetKey } from '@/utils/audit/target-key';
import type { FinishedAxe } from '@/utils/audit/finish-run';

export const AUDIT_SCRIPT = '/content-scripts/audit.js';

type Scripting = Pick<WebExtension['scripting'], 'executeScript'>;

/** axe.finishRun in an extension document (utils/background/finish-run-host.ts). */
export type FinishRun = (partials: string) => Promise<FinishedAxe>;

export interface RunAuditOptions {
  id: string;
  journeyId: string | null;
  dotbogiVersion: string;
  finish: FinishRun;
  /** Frames reporting themselves during the first look at the tab (audit:frame-found), so one stuck frame cannot hide the others. */
  reports?: FrameReports;
  /** Whether Dotbogi may enter a frame at this address (its host permissions): says why a frame was not reached. */
  mayAccess?: (url: string) => Promise<boolean>;
  now?: () => number;
  /** How long one frame may take (loading to document_idle, then axe and our checks), before its size is added. */
  frameTimeoutMs?: number;
}

/** Asking a frame for template signatures after finishRun is quick; a frame that stalls then costs at most this. */
const SIGNATURES_TIMEOUT_MS = 5_000;
/**
 * The first look at a tab is a one-line script; when the browser has not answered for every frame
 * after this long, some frame is stuck (an endless script, a dialog): the audit goes on with the
 * frames that reported themselves, and the stuck one is listed as not audited.
 */
const PROBE_SETTLE_MS = 5_000;

/** Frames reporting themselves to the background (the audit:frame-found handler). */
export interface FrameReports {
  listen(probe: string, tabId: number): { found(): ReachedFrame[]; stop(): void };
}

/**
 * Audits every frame of a tab the way axe-core documents for extensions: axe.runPartial in each
 * frame the extension can reach, with the context its parent's axe gives it, and axe.finishRun
 * once for the page in an extension document — so every rule sees the page as `axe.run` with
 * `iframes: true` would (utils/audit/frame-protocol.ts). Dotbogi's own checks run in each frame.
 * No window messaging is involved: each step is an executeScript into one frame. Frames the
 * extension could not reach, or whose audit failed or ran out of time, are listed in the
 * coverage with the reason, never silently dropped; the rest of the page's results are kept.
 */
export async function runAudit(scripting: Scripting, tabId: number, options: RunAuditOptions): Promise<StoredPageAudit> {
  const now = options.now ?? Date.now;
  const startedAt = now();
  // Which frames exist and where they are, asked without waiting for document_idle, so a page
  // that never finishes loading still answers (with its size, for its time bound). Each frame's
  // steps then share one bound counted from the start of the audit: a frame that never loads,
  // navigates away or keeps axe busy for ever costs that frame (recorded with the reason), never
  // the whole audit.
  const timeoutMs = options.frameTimeoutMs ?? FRAME_TIMEOUT_MS;
  const started = Date.now();
  const left = (bound: number) => Math.max(0, started + bound - Date.now());
  // axe-core's own build first: the audit script finds it in the same isolated world. The top
  // frame always exists, so its scripts go in while the probe looks for the others.
  const scriptsInto = (frameId: number) =>
    scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [AXE_SCRIPT, AUDIT_SCRIPT] });
  const topScripts = scriptsInto(0);
  // Judged once the probe has found the top frame; a page that never answers leaves it unawaited.
  topScripts.catch(() => undefined);
  const probe = crypto.randomUUID();
  const listening = options.reports?.listen(probe, tabId);
  const looking = scripting.executeScript({
    target: { tabId, allFrames: true },
    injectImmediately: true,
    // The frame's place in the page: its index among its parent's frames at each level, walked up
    // through WindowProxies (which cross origins); -1 where the parent does not list it. Each frame
    // also reports itself at once, so a frame that never answers cannot hold the others back.
    func: (id: string) => {
      const path: number[] = [];
      for (let child: Window = window; child !== child.parent; child = child.parent) {
        let index = -1;
        for (let i = 0; i < child.parent.length; i++) if (child.parent[i] === child) index = i;
        path.unshift(index);
      }
      const elements = document.getElementsByTagName('*').length;
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage(message: unknown): Promise<unknown> } } }).chrome
        ?.runtime;
      runtime
        ?.sendMessage({ dotbogi: 1, type: 'audit:frame-found', payload: { probe: id, url: location.href, elements, path } })
        .catch(() => undefined);
      return [location.href, elements, path];
    },
    args: [probe],
  });
  let reached: ReachedFrame[];
  try {
    const quick = await withTimeout(looking, Math.min(left(timeoutMs), PROBE_SETTLE_MS), timeoutMs);
    const reported = listening?.found() ?? [];
    if (quick.ok) reached = quick.value.map(({ frameId, result }) => probed(result, frameId));
    else if (reported.some((frame) => frame.frameId === 0)) reached = reported;
    else {
      const found = await withTimeout(looking, left(timeoutMs), timeoutMs);
      // A page whose main thread never comes back (a script in an endless loop) cannot even say which frames it has.
      if (!found.ok) throw new Error(`The page could not be audited: the page did not respond: ${found.reason}`);
      reached = found.value.map(({ frameId, result }) => probed(result, frameId));
    }
  } finally {
    listening?.stop();
  }
  const top = reached.find((frame) => frame.frameId === 0);
  if (!top) throw new Error('The page could not be audited: it was navigating, closed, or Dotbogi may not access it.');

  const inFrame = <T>(frame: ReachedFrame, run: () => Promise<{ result?: unknown }[]>) => {
    const bound = frameBound(timeoutMs, frame.elements);
    return withTimeout(run(), left(bound), bound, frame.elements).then((outcome): Outcome<T> =>
      outcome.ok ? { ok: true, value: outcome.value[0]?.result as T } : outcome,
    );
  };
  const inject = (frame: ReachedFrame, scripts = () => scriptsInto(frame.frameId)) => inFrame<boolean>(frame, scripts);
  const injections = new Map(
    reached.map((frame) => [frame.frameId, frame.frameId === 0 ? inject(frame, () => topScripts) : inject(frame)]),
  );

  const nodes = new Map<number, FrameNode>();
  // A frame's results, asked as soon as it has started: a slow or stuck frame elsewhere in the
  // page (its own bound) never eats into the time of the frames already running.
  const collect = async (node: FrameNode): Promise<void> => {
    const answer = await inFrame<[string, string | null]>(node.frame, () =>
      scripting.executeScript({
        target: { tabId, frameIds: [node.frame.frameId] },
        func: (key: string) => {
          // Self-contained, failures as { error } (as in start below).
          const runner = (globalThis as unknown as Record<string, FrameRunner | undefined>)[key];
          if (!runner) return { error: 'the frame navigated away during the audit (its audit runner is gone)' };
          return runner.collect().catch((error: unknown) => ({ error: String(error) }));
        },
        args: [RUNNER_KEY],
      }),
    );
    const run = answer.ok && Array.isArray(answer.value) ? parsed<FrameRun>(answer.value[0]) : undefined;
    if (!run) {
      node.failure = answer.ok ? unanswered(answer.value) : answer.reason;
      return;
    }
    node.run = run;
    node.partial = answer.ok && typeof answer.value[1] === 'string' ? answer.value[1] : null;
  };
  const start = async (frame: ReachedFrame, axeContext: object | null): Promise<void> => {
    const node: FrameNode = { frame, axeContext, matched: new Map() };
    nodes.set(frame.frameId, node);
    let injected = await injections.get(frame.frameId)!;
    // No result: the frame's page was replaced while the scripts went in (its first page still
    // loading at the first look, or a reload). Once more, into the page it has now.
    if (injected.ok && injected.value !== true) injected = await inject(frame);
    if (!injected.ok || injected.value !== true) {
      node.failure = injected.ok
        ? 'the audit script did not start in the frame: its page was replaced twice while it went in (navigating)'
        : injected.reason;
      return;
    }
    const answer = await inFrame<string>(frame, () =>
      scripting.executeScript({
        target: { tabId, frameIds: [frame.frameId] },
        func: (key: string, request: StartRequest) => {
          // Self-contained: executeScript sends the function's text into the frame. A throw would
          // reach us only as a missing result, so failures come back as { error }.
          const runner = (globalThis as unknown as Record<string, FrameRunner | undefined>)[key];
          if (!runner) return { error: 'the frame navigated away during the audit (its audit runner is gone)' };
          try {
            return runner.start(request);
          } catch (error) {
            return { error: String(error) };
          }
        },
        args: [RUNNER_KEY, { axeContext, top: frame.frameId === 0 }],
      }),
    );
    const reply = answer.ok ? parsed<StartReply>(answer.value) : undefined;
    if (!reply) {
      node.failure = answer.ok ? unanswered(answer.value) : answer.reason;
      return;
    }
    node.reply = reply;
    // Each child as soon as its parent has answered: children of one frame start side by side,
    // while the frame's own results are collected.
    await Promise.all([
      collect(node),
      ...reply.children.map(async (child) => {
        const match = matchChild(frame, child, reply.children, reached);
        if (!match || nodes.has(match.frameId) || [...node.matched.values()].includes(match.frameId)) return;
        node.matched.set(child, match.frameId);
        // A frame axe leaves out (hidden) runs Dotbogi's checks only, with the rest below.
        if (child.axeOrder !== null) await start(match, child.axeContext);
      }),
    ]);
  };
  await start(top, AUDITED);
  // Frames axe does not test (hidden) or could not place: Dotbogi's own checks still run there.
  await Promise.all(reached.filter((frame) => !nodes.has(frame.frameId)).map((frame) => start(frame, null)));

  const topNode = nodes.get(0)!;
  if (!topNode.run) throw new Error(`The page could not be audited: ${topNode.failure ?? 'the top frame gave no result'}`);

  const errors: { frame: string; message: string }[] = [];
  const { json, chains } = orderPartials(topNode, nodes);
  let axe: { slim: AxeResults; packed: FinishedAxe['packed'] } | null = topNode.run.pageAxe ?? null;
  if (!axe && topNode.partial) {
    try {
      const finished = await options.finish(json);
      axe = { slim: JSON.parse(finished.slim) as AxeResults, packed: finished.packed };
    } catch (error) {
      errors.push({ frame: topNode.run.url, message: `axe could not finish the page's results: ${messageOf(error)}` });
    }
  }

  const frames: FrameResult[] = [...nodes.values()]
    .filter((node): node is FrameNode & { run: FrameRun } => node.run !== undefined)
    .map((node) => ({
      frameId: node.frame.frameId,
      path: node.frame.rawPath.includes(-1) ? null : node.frame.rawPath,
      run: node.run,
      chain: chains.get(node.frame.frameId) ?? null,
    }));
  if (axe) await addLateSignatures(scripting, tabId, axe.slim, frames);
  for (const node of nodes.values()) {
    if (node.run?.axeError) errors.push({ frame: node.run.url, message: `axe could not run in this frame: ${node.run.axeError}` });
  }
  const permitted = await permissions(nodes, options.mayAccess);
  return assemblePageAudit({
    id: options.id,
    journeyId: options.journeyId,
    startedAt,
    finishedAt: now(),
    dotbogiVersion: options.dotbogiVersion,
    frames,
    axe,
    skipped: framesNotAudited(nodes, permitted),
    errors,
  });
}

/**
 * Nodes that only failed once axe.finishRun had seen every frame (page-wide rules) have no
 * template signature yet: their frames are asked for them, briefly. One that does not answer
 * leaves them without one (their finding ids are then less stable, nothing else).
 */
async function addLateSignatures(scripting: Scripting, tabId: number, results: AxeResults, frames: readonly FrameResult[]) {
  const missing = new Map<FrameResult, unknown[][]>();
  for (const rule of [...results.violations, ...results.incomplete]) {
    for (const node of rule.nodes) {
      const placed = placeTarget(node.target as unknown[], frames);
      if (!placed || targetKey(placed.target) in placed.frame.run.signatures) continue;
      const list = missing.get(placed.frame) ?? [];
      list.push(placed.target);
      missing.set(placed.frame, list);
    }
  }
  await Promise.all(
    [...missing].map(async ([frame, targets]) => {
      const answer = await withTimeout(
        scripting.executeScript({
          target: { tabId, frameIds: [frame.frameId] },
          func: (key: string, asked: unknown[][]) => {
            // Self-contained: executeScript sends the function's text into the frame.
            const runner = (globalThis as unknown as Record<string, FrameRunner | undefined>)[key];
            if (!runner) throw new Error('the frame navigated away during the audit (its audit runner is gone)');
            return runner.signatures(asked);
          },
          args: [RUNNER_KEY, targets],
        }),
        SIGNATURES_TIMEOUT_MS,
        SIGNATURES_TIMEOUT_MS,
      );
      const found = answer.ok ? (answer.value[0]?.result as Record<string, string> | undefined) : undefined;
      if (found && typeof found === 'object') Object.assign(frame.run.signatures, found);
    }),
  );
}

/** For each frame address no reached frame answered for: whether Dotbogi may enter it (so a stuck frame is not called forbidden). */
async function permissions(nodes: ReadonlyMap<number, FrameNode>, mayAccess?: (url: string) => Promise<boolean>) {
  const answers = new Map<string, boolean>();
  if (!mayAccess) return answers;
  for (const node of nodes.values()) {
    for (const child of node.reply?.children ?? []) {
      if (node.matched.has(child) || answers.has(child.url) || !/^https?:/i.test(child.url)) continue;
      answers.set(child.url, await mayAccess(child.url).catch(() => false));
    }
  }
  return answers;
}

/** What the probe answered for a frame: its address, how many elements it had, and where it sits. */
function probed(result: unknown, frameId: number): ReachedFrame {
  const [url, elements, path] = Array.isArray(result) ? result : [result, 0, null];
  return {
    frameId,
    url: redactUrl(typeof url === 'string' ? url : `frame ${frameId}`),
    elements: typeof elements === 'number' ? elements : 0,
    rawPath: Array.isArray(path) && path.every((index) => typeof index === 'number') ? (path as number[]) : [-1],
  };
}

/**
 * Why a frame's call gave nothing usable: the error it sent back, or — with no result at all,
 * since the calls catch their own errors — its document went away while the call ran.
 */
function unanswered(value: unknown): string {
  if (value && typeof value === 'object' && 'error' in value) return String(value.error);
  if (value === null || value === undefined) return 'the frame navigated away during the audit (its page was replaced before it answered)';
  return 'the frame gave an answer Dotbogi could not read';
}

function parsed<T>(value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const result = JSON.parse(value) as unknown;
    return result && typeof result === 'object' ? (result as T) : undefined;
  } catch {
    return undefined;
  }
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
    (error: unknown): Outcome<T> => ({ ok: false, reason: `not audited: ${messageOf(error)}` }),
  );
  try {
    return await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
