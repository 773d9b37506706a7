import type { WebExtension } from '@/utils/web-extension';
import type { AuditRunResult, FrameAudit } from '@/utils/audit/types';

export const AUDIT_SCRIPT = '/content-scripts/audit.js';

type Scripting = Pick<WebExtension['scripting'], 'executeScript'>;

/**
 * Injects the audit runner (axe-core and our checks) into every frame of a tab on demand and
 * collects what each frame returned. Frames the extension may not access are reported, not
 * silently dropped, so the coverage statement can say what was not tested.
 */
export async function runAudit(scripting: Scripting, tabId: number, now: () => number = Date.now): Promise<AuditRunResult> {
  const started = now();
  const injections = await scripting.executeScript({ target: { tabId, allFrames: true }, files: [AUDIT_SCRIPT] });
  const frames: FrameAudit[] = [];
  const skippedFrames: AuditRunResult['skippedFrames'] = [];
  for (const injection of injections) {
    const result = injection.result as Omit<FrameAudit, 'frameId'> | undefined;
    if (result && typeof result === 'object') frames.push({ ...result, frameId: injection.frameId });
    else skippedFrames.push({ url: `frame ${injection.frameId}`, reason: 'the frame returned no result' });
  }
  return { tabId, startedAt: new Date(started).toISOString(), durationMs: now() - started, frames, skippedFrames };
}
