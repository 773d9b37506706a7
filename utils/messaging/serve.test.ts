import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, type Handlers } from './serve';
import { send, MessageError } from './send';

const EXTENSION_ID = 'dotbogi-test-id';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const never = () => Promise.reject(new Error('not expected in this test'));
  return new Proxy(overrides as Handlers, { get: (target, key: string) => target[key as keyof Handlers] ?? never });
}

describe('the background message listener', () => {
  it('answers our own contexts with the handler result', async () => {
    const update = vi.fn(async (patch: { language?: string }) => ({
      language: patch.language ?? '',
      speechRate: 1,
      launcherCorner: 'bottom-right' as const,
      welcomeDone: false,
      readingTextPx: 24,
    }));
    const listener = createMessageListener(EXTENSION_ID, handlers({ 'settings:update': update }));
    const reply = await listener({ dotbogi: 1, type: 'settings:update', payload: { language: 'vi' } }, { id: EXTENSION_ID });
    expect(reply).toEqual({ ok: true, value: expect.objectContaining({ language: 'vi' }) });
  });

  it('refuses messages from anything but Dotbogi itself', async () => {
    const listener = createMessageListener(EXTENSION_ID, handlers());
    const reply = await listener({ dotbogi: 1, type: 'settings:update', payload: {} }, { id: 'some-other-extension' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('rejects a payload that breaks its schema, naming the field, before any handler runs', async () => {
    const enable = vi.fn();
    const listener = createMessageListener(EXTENSION_ID, handlers({ 'site:enable': enable }));
    const reply = await listener({ dotbogi: 1, type: 'site:enable', payload: { origin: 'javascript:alert(1)' } }, { id: EXTENSION_ID });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('origin') } });
    expect(enable).not.toHaveBeenCalled();
  });

  it('rejects unknown message types and non-envelopes', async () => {
    const listener = createMessageListener(EXTENSION_ID, handlers());
    await expect(listener({ dotbogi: 1, type: 'storage:wipe', payload: {} }, { id: EXTENSION_ID })).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-type' },
    });
    await expect(listener('hello', { id: EXTENSION_ID })).resolves.toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  it('turns a handler failure into a reply with its message', async () => {
    const listener = createMessageListener(
      EXTENSION_ID,
      handlers({ 'audit:run': () => Promise.reject(new Error('Cannot access this page')) }),
    );
    const reply = await listener({ dotbogi: 1, type: 'audit:run', payload: { tabId: 4 } }, { id: EXTENSION_ID });
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'Cannot access this page' } });
  });
});

describe('send()', () => {
  it('unwraps a successful reply and throws MessageError with the reason on failure', async () => {
    const listener = createMessageListener(EXTENSION_ID, handlers({ 'zoom:set': async ({ percent }) => ({ percent }) }));
    const runtime = { sendMessage: (message: unknown) => listener(message, { id: EXTENSION_ID, tab: { id: 1 } }) };
    await expect(send(runtime, 'zoom:set', { percent: 150 })).resolves.toEqual({ percent: 150 });
    await expect(send(runtime, 'zoom:set', { percent: 400 })).rejects.toBeInstanceOf(MessageError);
  });

  it('says so when the background does not answer', async () => {
    await expect(send({ sendMessage: async () => undefined }, 'zoom:set', { percent: 120 })).rejects.toThrow(/did not answer/);
  });
});
