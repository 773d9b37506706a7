import { isEnvelope, requestSchemas } from './protocol';
import { problemOf } from '@/utils/audit/problem';
import type { MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/** Who sent a message, as far as the background needs to know. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Handler<T extends MessageType> = (payload: RequestOf<T>, sender: SenderLike) => Promise<ResponseOf<T>>;
export type Handlers = { [T in MessageType]: Handler<T> };

/**
 * Builds the background's single message listener.
 *
 * Only our own extension's contexts are answered (`sender.id`): pages cannot reach
 * `runtime.onMessage` without `externally_connectable`, and we check anyway. Every payload is
 * validated against its schema before the handler runs; a handler's failure becomes a reply
 * with its message, never an unhandled rejection that leaves the sender waiting.
 */
export function createMessageListener(extensionId: string, handlers: Handlers) {
  return async (message: unknown, sender: SenderLike): Promise<Reply<unknown>> => {
    if (sender.id !== extensionId) {
      return { ok: false, error: { code: 'forbidden', message: 'Messages are accepted only from Dotbogi itself.' } };
    }
    if (!isEnvelope(message) || !(message.type in requestSchemas)) {
      return { ok: false, error: { code: 'unknown-type', message: 'Unknown message.' } };
    }
    const type = message.type as MessageType;
    const parsed = requestSchemas[type].safeParse(message.payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'payload';
      return { ok: false, error: { code: 'invalid-request', message: `${type}: ${where}: ${issue?.message ?? 'invalid'}` } };
    }
    try {
      const handler = handlers[type] as Handler<MessageType>;
      return { ok: true, value: await handler(parsed.data as RequestOf<MessageType>, sender) };
    } catch (error) {
      // A full store gets its own code, so every page can say it in the user's language.
      const code = error instanceof Error && error.name === 'StorageFullError' ? 'storage-full' : 'failed';
      // So is why a record cannot be shown (utils/audit/problem.ts): as data, not as an English sentence.
      const problem = problemOf(error);
      return { ok: false, error: { code, message: error instanceof Error ? error.message : String(error), ...(problem && { problem }) } };
    }
  };
}
