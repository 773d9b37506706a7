import type { AxeResults } from 'axe-core';

/** What the audit runner returns from one frame. */
export interface FrameAudit {
  frameId: number;
  url: string;
  title: string;
  axe: AxeResults | null;
  error: string | null;
}

/** What `audit:run` returns: one entry per frame the runner could reach, plus those it could not. */
export interface AuditRunResult {
  tabId: number;
  startedAt: string;
  durationMs: number;
  frames: FrameAudit[];
  skippedFrames: { url: string; reason: string }[];
}
