/**
 * axe.finishRun over the page's partial results, in an extension document: Chromium's offscreen
 * document (entrypoints/finish-run/) or Firefox's background page, which has a DOM. axe's own
 * documentation asks for this: finishRun sees every frame's results, cross-origin ones too, so it
 * must run where no page script is (and axe needs a window, which a service worker lacks). The
 * document loads axe-core's own axe.min.js, the same file the frames run, so the rule metadata
 * the after-functions and the report read is the frames' own.
 */
import type { AxeResults, PartialResult } from 'axe-core';
import { AXE_RUN_OPTIONS } from './axe-options';
import { packAxe } from './packed-axe';
import type { PackedAxe } from './types';

type AxeWindow = Window & { axe?: typeof import('axe-core') };

/** The page's axe results: without passed nodes (what findings and rules are built from), and complete, packed. */
export interface FinishedAxe {
  /** JSON text of the results without the passed nodes' lists. */
  slim: string;
  packed: PackedAxe;
}

/** The message the background sends to the offscreen document, and its answer. */
export const FINISH_RUN_MESSAGE = 'dotbogi:finish-run';
export interface FinishRunRequest {
  type: typeof FINISH_RUN_MESSAGE;
  /** JSON text of the ordered partial results (null where a frame could not be audited). */
  partials: string;
}
export type FinishRunReply = { ok: true; value: FinishedAxe } | { ok: false; error: string };

/**
 * finishRun in `win`. `partials` is JSON text of the ordered list: the top frame first, each
 * frame's children (in the order of its partial's `frames`) before its next sibling, null for a
 * frame that could not be audited and nothing for that frame's descendants.
 */
export async function finishAxeRun(win: AxeWindow, partials: string, axeUrl: string): Promise<FinishedAxe> {
  const axe = await loadAxe(win, axeUrl);
  const results = await axe.finishRun(JSON.parse(partials) as (PartialResult | null)[], AXE_RUN_OPTIONS);
  return { slim: JSON.stringify(withoutPassedNodes(results)), packed: await packAxe(results) };
}

/** Answers the background's finish-run messages (the offscreen document's one job). */
export function answerFinishRun(win: AxeWindow, axeUrl: string, backgroundUrl: string) {
  return (message: unknown, sender: { url?: string; tab?: unknown }, respond: (reply: FinishRunReply) => void): boolean => {
    const request = message as Partial<FinishRunRequest> | null;
    // Only the background asks; anything else (our own pages' protocol messages) is not for us.
    if (request?.type !== FINISH_RUN_MESSAGE || typeof request.partials !== 'string' || sender.tab || sender.url !== backgroundUrl) {
      return false;
    }
    finishAxeRun(win, request.partials, axeUrl).then(
      (value) => respond({ ok: true, value }),
      (error: unknown) => respond({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}

let loading: Promise<typeof import('axe-core')> | null = null;

function loadAxe(win: AxeWindow, axeUrl: string): Promise<typeof import('axe-core')> {
  if (win.axe?.finishRun) return Promise.resolve(win.axe);
  loading ??= new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.src = axeUrl;
    script.onload = () => (win.axe?.finishRun ? resolve(win.axe) : reject(new Error('axe-core loaded without finishRun')));
    script.onerror = () => {
      loading = null;
      reject(new Error(`axe-core could not be loaded from ${axeUrl}`));
    };
    win.document.head.append(script);
  });
  return loading;
}

/** Findings and rules need every rule's outcome but only the nodes that failed or need review. */
function withoutPassedNodes(results: AxeResults): AxeResults {
  return { ...results, passes: results.passes.map((rule) => ({ ...rule, nodes: [] })) };
}
