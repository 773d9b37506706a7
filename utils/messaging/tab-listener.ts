/**
 * The one message listener of a tab's context (the overlay boot, the full overlay), built from
 * the protocol's tab table: a handler per command type it answers. Only Dotbogi's own background
 * reaches it (`sender.id`), and the background validated the command before sending (to-tab.ts),
 * so no zod here: the overlay stays small. A command without a handler here is left to another
 * listener of the same frame (the boot answers only `overlay:toggle`).
 */
import type { TabCommandOf, TabCommandType, TabEnvelope, TabReplyOf } from './protocol';

export type TabHandlers = {
  [T in TabCommandType]?: (payload: TabCommandOf<T>) => TabReplyOf<T> | Promise<TabReplyOf<T>>;
};

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => true | undefined;

export function createTabListener(extensionId: string, handlers: TabHandlers): Listener {
  return (message, sender, sendResponse) => {
    const envelope = message as TabEnvelope | undefined;
    if (sender.id !== extensionId || envelope?.dotbogi !== 1 || !Object.hasOwn(handlers, envelope.type)) return undefined;
    const handler = handlers[envelope.type] as (payload: unknown) => unknown;
    const reply = handler(envelope.payload ?? {});
    if (reply === undefined) return undefined;
    // Answer asynchronously: Chrome keeps the channel open while the listener returned true.
    void Promise.resolve(reply).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
