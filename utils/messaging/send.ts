import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol';
import type { AuditProblem } from '@/utils/audit/problem';

/** The part of `browser.runtime` a sender needs; tests pass a fake. */
export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Why a record cannot be shown, when the background said (utils/audit/problem.ts). */
    readonly problem?: AuditProblem,
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
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message, reply.error.problem);
  return reply.value;
}
