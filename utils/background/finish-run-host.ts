/**
 * Where axe.finishRun runs (utils/audit/finish-run.ts): a document of the extension's own, never a
 * page. Firefox's background is a page with a DOM: it loads axe there. Chromium's background is a
 * service worker without one: it opens an offscreen document (entrypoints/finish-run/, permission
 * `offscreen`, no install warning) once, and closes it again when audits have stopped for a while.
 */
import type { WebExtension } from '@/utils/web-extension';
import { AXE_SCRIPT } from '@/utils/audit/axe-script';
import { FINISH_RUN_MESSAGE, finishAxeRun, type FinishRunReply, type FinishRunRequest } from '@/utils/audit/finish-run';
import type { FinishRun } from './run-audit';

export const FINISH_RUN_PAGE = '/finish-run.html';
/** The offscreen document (holding axe-core) is closed after this long without an audit. */
const IDLE_CLOSE_MS = 60_000;

type Runtime = Pick<WebExtension['runtime'], 'getURL' | 'sendMessage'> & { getContexts?: WebExtension['runtime']['getContexts'] };
type Offscreen = Pick<NonNullable<WebExtension['offscreen']>, 'createDocument' | 'closeDocument'>;

export function createFinisher(
  browser: { runtime: Runtime; offscreen?: Offscreen },
  scope: { window?: Window; document?: Document } = globalThis,
): FinishRun {
  const axeUrl = browser.runtime.getURL(AXE_SCRIPT);
  if (scope.window && scope.document) {
    const win = scope.window;
    return (partials) => finishAxeRun(win, partials, axeUrl);
  }
  const offscreen = browser.offscreen;
  if (!offscreen)
    return () => Promise.reject(new Error('this browser has neither a background page nor offscreen documents for axe.finishRun'));
  let opening: Promise<void> | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let busy = 0;
  const open = async () => {
    const url = browser.runtime.getURL(FINISH_RUN_PAGE);
    const existing = (await browser.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT' as never], documentUrls: [url] })) ?? [];
    if (existing.length > 0) return;
    opening ??= offscreen
      .createDocument({
        url: FINISH_RUN_PAGE.slice(1),
        reasons: ['DOM_PARSER' as never],
        justification: "axe-core's finishRun needs a window to combine the audited frames' results",
      })
      .finally(() => (opening = null));
    await opening;
  };
  return async (partials) => {
    busy++;
    clearTimeout(idle);
    try {
      await open();
      const request: FinishRunRequest = { type: FINISH_RUN_MESSAGE, partials };
      const reply = (await browser.runtime.sendMessage(request)) as FinishRunReply | undefined;
      if (!reply) throw new Error('the offscreen document did not answer');
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    } finally {
      if (--busy === 0) idle = setTimeout(() => void offscreen.closeDocument().catch(() => undefined), IDLE_CLOSE_MS);
    }
  };
}
