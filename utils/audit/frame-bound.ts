/**
 * How long the background waits for one frame's audit (utils/background/run-audit.ts). The audit
 * CLI reads the cap too, so its own wait never cuts an audit the background still allows.
 */

/** A frame not audited this long after the audit started is recorded as not audited, with the reason. */
export const FRAME_TIMEOUT_MS = 30_000;
/**
 * Added to a frame's bound per element it had when the audit started: axe-core's time grows with
 * the page (about 1 ms per element on a quiet machine, three times that on a loaded one), so a huge
 * page gets the time it needs, while a page that never loads or never answers still gets its clear
 * error after FRAME_TIMEOUT_MS.
 */
export const FRAME_MS_PER_ELEMENT = 3;
/** However big the frame, its audit is given up after this. */
export const FRAME_TIMEOUT_MAX_MS = 5 * 60_000;

/** A frame's time bound: the base bound plus its share for its size, capped. */
export function frameBound(baseMs: number, elements: number): number {
  return Math.min(Math.max(baseMs, FRAME_TIMEOUT_MAX_MS), baseMs + Math.max(0, elements) * FRAME_MS_PER_ELEMENT);
}
