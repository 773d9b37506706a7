import { describe, expect, it, vi } from 'vitest';
import { createTabListener } from './tab-listener';
import { sendToTab } from './to-tab';

const OURS = { id: 'dotbogi' };

describe('the background → tab protocol', () => {
  it('validates a command before it leaves and the reply when it comes back', async () => {
    const sendMessage = vi.fn(async () => ({ shown: true }));
    expect(await sendToTab({ sendMessage }, 4, 'overlay:highlight', { target: ['#name'] })).toEqual({ shown: true });
    expect(sendMessage).toHaveBeenCalledWith(4, { dotbogi: 1, type: 'overlay:highlight', payload: { target: ['#name'] } });

    await expect(sendToTab({ sendMessage }, 4, 'overlay:highlight', { target: [] })).rejects.toThrow();
    expect(sendMessage).toHaveBeenCalledTimes(1);

    // A page's process could answer anything: a reply of the wrong shape is refused.
    const forged = vi.fn(async () => ({ found: 'yes', score: 7 }));
    await expect(
      sendToTab({ sendMessage: forged }, 4, 'guide:test', { fingerprint: { role: 'button', name: '신청하기', tag: 'button' } }),
    ).rejects.toThrow(/guide:test/);
  });

  it('answers, in a tab, only Dotbogi’s own commands that have a handler there', async () => {
    const toggle = vi.fn(() => undefined);
    const highlight = vi.fn(({ target }: { target: string[] }) => ({ shown: target[0] === '#name' }));
    const listener = createTabListener('dotbogi', { 'overlay:toggle': toggle, 'overlay:highlight': highlight });
    const respond = vi.fn();

    expect(listener({ dotbogi: 1, type: 'overlay:toggle', payload: {} }, OURS, respond)).toBeUndefined();
    expect(toggle).toHaveBeenCalledTimes(1);
    expect(listener({ dotbogi: 1, type: 'overlay:toggle', payload: {} }, { id: 'another-extension' }, respond)).toBeUndefined();
    expect(listener({ dotbogi: 1, type: 'guide:capture', payload: {} }, OURS, respond)).toBeUndefined();
    expect(listener({ dotbogi: 1, type: 'toString', payload: {} }, OURS, respond)).toBeUndefined();
    expect(toggle).toHaveBeenCalledTimes(1);

    expect(listener({ dotbogi: 1, type: 'overlay:highlight', payload: { target: ['#name'] } }, OURS, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ shown: true }));
  });

  it('round-trips: what sendToTab sends, the tab listener answers and sendToTab accepts', async () => {
    const listener = createTabListener('dotbogi', { 'guide:test': () => ({ found: true, score: 0.9, margin: 0.4 }) });
    const tabs = {
      sendMessage: (_tabId: number, message: unknown) =>
        new Promise<unknown>((resolve) => {
          if (!listener(message, OURS, resolve)) resolve(undefined);
        }),
    };
    expect(await sendToTab(tabs, 1, 'guide:test', { fingerprint: { tag: 'button', name: '신청하기' } })).toEqual({
      found: true,
      score: 0.9,
      margin: 0.4,
    });
  });
});
