import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/** The part of `browser.runtime` a sender needs; tests pass a fake. */
export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/**
 * Sends a typed request to the background and unwraps its reply.
 * Throws `MessageError` with the background's reason when the request fails.
 */
export async function send<T extends MessageType>(runtime: RuntimeLike, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { dotbogi: 1, type, payload };
  const reply = (await runtime.sendMessage(envelope)) as Reply<ResponseOf<T>> | undefined;
  if (!reply) throw new MessageError('no-reply', `The background did not answer "${type}".`);
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
  return reply.value;
}
