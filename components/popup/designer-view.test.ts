import { describe, expect, it, vi } from 'vitest';
import { openDesignerView } from './designer-view';

const base = () => ({
  tabs: { create: vi.fn(async () => ({})) },
  runtime: { getURL: (path: string) => `moz-extension://uuid${path}` },
});

describe('openDesignerView', () => {
  it('opens Chrome’s side panel for the tab', async () => {
    const api = { ...base(), sidePanel: { open: vi.fn(async () => undefined) } };
    await openDesignerView(api as never, 7);
    expect(api.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('opens Firefox’s sidebar', async () => {
    const api = { ...base(), sidebarAction: { open: vi.fn(async () => undefined) } };
    await openDesignerView(api as never, 7);
    expect(api.sidebarAction.open).toHaveBeenCalled();
    expect(api.tabs.create).not.toHaveBeenCalled();
  });

  it('opens the same view in a tab where there are no sidebars (Firefox for Android)', async () => {
    const api = base();
    await openDesignerView(api as never, 7);
    expect(api.tabs.create).toHaveBeenCalledWith({ url: 'moz-extension://uuid/sidepanel.html?tabId=7' });
  });
});
