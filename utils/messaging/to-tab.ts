/**
 * The background's way of talking to a tab's overlay: the command is validated against
 * `tabCommandSchemas` before it leaves, and the reply against `tabReplySchemas` when it comes
 * back (it comes from a page's process). Background only: it brings zod.
 */
import { tabCommandSchemas, tabReplySchemas, type TabCommandOf, type TabCommandType, type TabEnvelope, type TabReplyOf } from './protocol';

/** The part of `browser.tabs` this needs; tests pass a fake. */
export interface TabsLike {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

/**
 * Sends a command to the overlay in a tab (all its frames, or one `frameId`) and returns its
 * validated reply. Rejects when no overlay listens there, or when the reply is not what the
 * protocol says.
 */
export async function sendToTab<T extends TabCommandType>(
  tabs: TabsLike,
  tabId: number,
  type: T,
  payload: TabCommandOf<T>,
  options?: { frameId?: number },
): Promise<TabReplyOf<T>> {
  const envelope: TabEnvelope<T> = { dotbogi: 1, type, payload: tabCommandSchemas[type].parse(payload) as TabCommandOf<T> };
  const reply = options ? await tabs.sendMessage(tabId, envelope, options) : await tabs.sendMessage(tabId, envelope);
  const parsed = tabReplySchemas[type].safeParse(reply);
  if (!parsed.success)
    throw new Error(`The page's reply to ${type} is not what Dotbogi sends: ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
  return parsed.data as TabReplyOf<T>;
}
