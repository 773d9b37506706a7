import { describe, expect, it, vi } from 'vitest';
import { highlightInOpenTab, openableUrl, samePage } from './report-highlight';

function fakeApis(tabs: { id: number; url: string; windowId?: number }[], replies: Record<number, unknown>, running = 'boot') {
  const api = {
    tabs: {
      query: vi.fn(async () => tabs),
      get: vi.fn(),
      create: vi.fn(),
      onUpdated: { addListener: vi.fn(), removeListener: vi.fn() },
      sendMessage: vi.fn(async (id: number) => replies[id]),
      update: vi.fn(async () => ({})),
    },
    windows: { update: vi.fn(async () => ({})) },
    // The probe says what runs in the frame; the overlay file and the readiness wait answer nothing useful.
    scripting: {
      executeScript: vi.fn(async (injection: { files?: string[]; args?: unknown[] }) =>
        injection.files ? [] : injection.args?.length === 2 ? [{ result: running }] : [{ result: true }],
      ),
    },
  };
  return api;
}

describe('report:highlight', () => {
  it('points in the tab showing the page — a masked query still matches — and brings it forward', async () => {
    const apis = fakeApis(
      [
        { id: 1, url: 'https://www.gov.kr/other' },
        { id: 2, url: 'https://www.gov.kr/issued.html?name=%ED%99%8D#top', windowId: 7 },
      ],
      { 2: { shown: true } },
    );
    const result = await highlightInOpenTab(apis as never, {
      url: 'https://www.gov.kr/issued.html?name=＊',
      target: ['#name'],
      label: '찾은 곳 1/3',
    });
    expect(result).toEqual({ shown: true, reason: 'shown', tabId: 2 });
    // The full overlay is started in the tab first (it may show only the launcher so far).
    expect(apis.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 2, frameIds: [0] },
      injectImmediately: true,
      files: ['/content-scripts/overlay-app.js'],
    });
    expect(apis.tabs.sendMessage).toHaveBeenCalledWith(2, {
      dotbogi: 1,
      type: 'overlay:highlight',
      payload: { target: ['#name'], label: '찾은 곳 1/3' },
    });
    expect(apis.tabs.update).toHaveBeenCalledWith(2, { active: true });
    expect(apis.windows.update).toHaveBeenCalledWith(7, { focused: true });
  });

  it('tries the tab the audit ran in first', async () => {
    const apis = fakeApis(
      [
        { id: 3, url: 'https://www.gov.kr/apply' },
        { id: 4, url: 'https://www.gov.kr/apply' },
      ],
      { 3: { shown: true }, 4: { shown: true } },
    );
    expect(await highlightInOpenTab(apis as never, { url: 'https://www.gov.kr/apply', target: ['#x'], tabId: 4 })).toMatchObject({
      tabId: 4,
    });
    expect(apis.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('says truthfully why nothing was shown: no tab, the element is gone, or Dotbogi is off there', async () => {
    const gone = fakeApis([{ id: 3, url: 'https://www.gov.kr/apply' }], { 3: { shown: false } });
    expect(await highlightInOpenTab(gone as never, { url: 'https://www.gov.kr/apply', target: ['#gone'] })).toEqual({
      shown: false,
      reason: 'not-found',
      tabId: 3,
    });
    expect(await highlightInOpenTab(gone as never, { url: 'https://www.gov.kr/elsewhere', target: ['#x'] })).toEqual({
      shown: false,
      reason: 'no-tab',
    });
    expect(gone.tabs.update).not.toHaveBeenCalled();
    const off = fakeApis([{ id: 5, url: 'https://example.org/a' }], {}, 'none');
    expect(await highlightInOpenTab(off as never, { url: 'https://example.org/a', target: ['#x'] })).toEqual({
      shown: false,
      reason: 'overlay-off',
    });
    // Nothing injected where Dotbogi does not run.
    expect(off.scripting.executeScript).toHaveBeenCalledTimes(1);
  });
});

describe('addresses', () => {
  it('compares pages without query and fragment', () => {
    expect(samePage('https://a.kr/p?x=1#y', 'https://a.kr/p?x=＊')).toBe(true);
    expect(samePage('https://a.kr/p', 'https://a.kr/q')).toBe(false);
    expect(samePage('not a url', 'not a url')).toBe(false);
  });

  it('opens a stored address without its masked query, and only http(s)', () => {
    expect(openableUrl('https://a.kr/issued.html?name=＊&birth=＊')).toBe('https://a.kr/issued.html');
    expect(openableUrl('https://a.kr/list.html?page')).toBe('https://a.kr/list.html?page');
    expect(openableUrl('javascript:alert(1)')).toBeNull();
    expect(openableUrl('chrome://settings')).toBeNull();
  });
});
