import { describe, expect, it, vi } from 'vitest';
import { EASY_READ_SCRIPT, loadEasyRead } from './easy-read';

/** A frame where the easy-read script runs already, or not; records what was injected. */
function fakeScripting(running: boolean) {
  return { executeScript: vi.fn(async (injection: { files?: string[] }) => (injection.files ? [] : [{ frameId: 2, result: running }])) };
}

describe('easy-read:load', () => {
  it('injects the easy-read script into the asking frame only when it is not there yet', async () => {
    const absent = fakeScripting(false);
    expect(await loadEasyRead(absent as never, { tab: { id: 7 }, frameId: 2 })).toEqual({ loaded: true });
    expect(absent.executeScript).toHaveBeenLastCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [2] }, files: [EASY_READ_SCRIPT] }),
    );

    const present = fakeScripting(true);
    await loadEasyRead(present as never, { tab: { id: 7 }, frameId: 2 });
    expect(present.executeScript).toHaveBeenCalledTimes(1);
  });

  it('answers only pages', async () => {
    await expect(loadEasyRead(fakeScripting(false) as never, {})).rejects.toThrow(/Only a page/);
  });
});
