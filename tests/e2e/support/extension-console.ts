import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser';
import type { MessageType, Reply, RequestOf, ResponseOf } from '@/utils/messaging/protocol';

/**
 * An extension page used as a console: it sends protocol messages to the background exactly as
 * our own UI does (the background answers only our contexts), with a bound on the wait.
 */
export interface ExtensionConsole {
  page: Page;
  /** The background's reply, or `{ ok: false, error: { code: 'no-answer' } }` when it does not answer in time. */
  ask<T extends MessageType>(type: T, payload: RequestOf<T>, timeoutMs?: number): Promise<Reply<ResponseOf<T>> | NoAnswer>;
  /** Like ask, but throws unless the reply is ok. */
  value<T extends MessageType>(type: T, payload: RequestOf<T>, timeoutMs?: number): Promise<ResponseOf<T>>;
  /** The id of the (single) tab whose URL starts with `prefix`. */
  tabId(prefix: string): Promise<number>;
}

export type NoAnswer = { ok: false; error: { code: 'no-answer'; message: string } };

export async function openConsole(session: ExtensionSession, path = 'options.html'): Promise<ExtensionConsole> {
  const page = await session.openExtensionPage(path);
  const ask: ExtensionConsole['ask'] = async (type, payload, timeoutMs = 30_000) => {
    const reply = page.evaluate((message) => chrome.runtime.sendMessage(message), { dotbogi: 1, type, payload }) as Promise<
      Reply<ResponseOf<typeof type>>
    >;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<NoAnswer>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, error: { code: 'no-answer', message: `no answer to ${type} within ${timeoutMs / 1000} s` } }),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([
        reply.catch((error: Error): NoAnswer => ({ ok: false, error: { code: 'no-answer', message: error.message } })),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    page,
    ask,
    value: async (type, payload, timeoutMs) => {
      const reply = await ask(type, payload, timeoutMs);
      if (!reply.ok) throw new Error(`${type}: ${reply.error.code}: ${reply.error.message}`);
      return reply.value;
    },
    tabId: async (prefix) => {
      const worker = await session.serviceWorker();
      const ids = await worker.evaluate(
        async (start) => (await chrome.tabs.query({})).filter((tab) => tab.url?.startsWith(start)).map((tab) => tab.id!),
        prefix,
      );
      if (ids.length !== 1) throw new Error(`Expected one tab at ${prefix}, found ${ids.length}.`);
      return ids[0]!;
    },
  };
}
