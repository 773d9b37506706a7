/**
 * What the background and the audit runner in each frame say to each other
 * (utils/background/run-audit.ts drives it, utils/audit/audit-frame.ts answers). No window
 * messaging: every step is a `scripting.executeScript` into one frame, whose answer comes back
 * through the browser, so a page cannot forge or read any of it.
 *
 * 1. The background injects axe-core and the audit script into every frame it can reach; the
 *    script installs a runner under RUNNER_KEY in the frame's isolated world.
 * 2. `start` — the top frame with Dotbogi's context, then each child frame with the context its
 *    parent's axe gave it (axe.utils.getFrameContexts), as soon as the parent has answered. The
 *    runner lists its child frames (so the background can find them and order axe's partial
 *    results: top first, a frame's children before its next sibling) and then runs
 *    axe.runPartial and Dotbogi's own checks.
 * 3. `collect` — each frame's checks and its partial axe results, redacted, as JSON text, asked
 *    as soon as that frame has started (a stuck frame elsewhere does not hold it up).
 * 4. The background hands the ordered partial results to axe.finishRun in an extension document
 *    (utils/audit/finish-run.ts), which gives the page's results as axe.run with iframes would.
 */
import type { FrameRun } from './types';

/** Where the runner lives in a frame's isolated world (the page cannot see it). */
export const RUNNER_KEY = 'dotbogi.audit-runner';

/** How a frame is audited: axe's part with this context (JSON), or only Dotbogi's checks. */
export interface StartRequest {
  /** axe's context for this frame, or null: axe does not test it (a hidden frame, or one axe could not place). */
  axeContext: object | null;
  /**
   * The top frame: when axe finds no frame in it to test, the page is this one document, and
   * `axe.run` gives exactly what runPartial and finishRun would — without carrying megabytes of
   * partial results to an extension document and back. The frame then sends the page's results.
   */
  top: boolean;
}

/** A child frame as its parent sees it. */
export interface ChildFrame {
  /** Its index among the parent's frames (window[i]); -1 when the parent does not list it (a frame in a shadow root). */
  index: number;
  /** The browser's frameId where the browser says it (Firefox: runtime.getFrameId), else null. */
  frameId: number | null;
  /** Its address as the parent asked for it (redacted): src resolved, or about:srcdoc / about:blank. */
  url: string;
  /** A sandbox attribute without allow-scripts. */
  sandboxed: boolean;
  /** Its place in axe's list of frames to test (the order of the parent's partial `frames`), or null when axe skips it (hidden). */
  axeOrder: number | null;
  /** The context axe gives it, when axeOrder is set. */
  axeContext: object | null;
}

export interface StartReply {
  children: ChildFrame[];
}

/** The runner's surface in the frame. */
export interface FrameRunner {
  /** Starts the frame's audit and answers at once (JSON of StartReply); the work goes on after. */
  start(request: StartRequest): string;
  /** Waits for the frame's audit and answers with its FrameRun and its partial axe result (or null), each as JSON text. */
  collect(): Promise<[string, string | null]>;
  /** Template signatures of elements by their (redacted) within-frame target, for nodes found only after axe.finishRun. */
  signatures(targets: unknown[][]): Record<string, string>;
}

export type { FrameRun };
