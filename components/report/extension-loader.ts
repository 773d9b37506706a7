import { send, type RuntimeLike } from '@/utils/messaging/send';
import type { AuditLoader } from './load-audits';
import type { HighlightHandler } from './RuleCard';

/** Audits from the background's store, through the audit engineer's messages. */
export function messageLoader(runtime: RuntimeLike): AuditLoader {
  return {
    page: (id) => send(runtime, 'audits:get', { id }),
    // A journey that is not there fails with why (deleted, restorable or not; missing): ReportApp says so.
    journey: (id) => send(runtime, 'audits:journey', { id }),
    signals: () => send(runtime, 'friction:signals', {}),
  };
}

export function highlightThroughBackground(runtime: RuntimeLike): HighlightHandler {
  return async (url, target, open, tabId) =>
    open
      ? send(runtime, 'report:open', { url, target })
      : send(runtime, 'report:highlight', { url, target, ...(tabId !== undefined && { tabId }) });
}
