import { describe, expect, it, vi } from 'vitest';
import { highlightInOpenTab } from './report-highlight';

function fakeTabs(tabs: { id: number; url: string }[], replies: Record<number, unknown>) {
  return {
    query: vi.fn(async () => tabs),
    sendMessage: vi.fn(async (id: number) => replies[id]),
    update: vi.fn(async () => ({})),
  };
}

describe('report:highlight', () => {
  it('asks the overlay in the tab showing the page, and brings that tab forward', async () => {
    const tabs = fakeTabs(
      [
        { id: 1, url: 'https://www.gov.kr/other' },
        { id: 2, url: 'https://www.gov.kr/apply?x=1#top' },
      ],
      { 2: { shown: true } },
    );
    // The tab shows the launcher only (the boot): the full overlay is started to draw the highlight.
    const scripting = { executeScript: vi.fn(async (injection: { files?: string[] }) => (injection.files ? [] : [{ result: 'boot' }])) };
    const result = await highlightInOpenTab({ tabs, scripting } as never, 'https://www.gov.kr/apply?x=1', ['#name']);
    expect(result).toEqual({ shown: true });
    // The full overlay is started in the tab first (it may show only the launcher so far).
    expect(scripting.executeScript).toHaveBeenLastCalledWith({
      target: { tabId: 2, frameIds: [0] },
      injectImmediately: true,
      files: ['/content-scripts/overlay-app.js'],
    });
    expect(tabs.sendMessage).toHaveBeenCalledWith(2, { dotbogi: 1, type: 'overlay:highlight', payload: { target: ['#name'] } });
    expect(tabs.sendMessage).toHaveBeenCalledTimes(1);
    expect(tabs.update).toHaveBeenCalledWith(2, { active: true });
  });

  it('says so when no open tab shows the page or its overlay could not find the element', async () => {
    const tabs = fakeTabs([{ id: 3, url: 'https://www.gov.kr/apply' }], { 3: { shown: false } });
    const scripting = { executeScript: vi.fn(async () => []) };
    expect(await highlightInOpenTab({ tabs, scripting } as never, 'https://www.gov.kr/apply', ['#gone'])).toEqual({ shown: false });
    expect(await highlightInOpenTab({ tabs, scripting } as never, 'https://www.gov.kr/elsewhere', ['#x'])).toEqual({ shown: false });
    expect(tabs.update).not.toHaveBeenCalled();
  });
});
