import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from './items';

describe('settings', () => {
  it('keeps what a user set in version 1 and gains the easy-read text size (version 2)', async () => {
    await fakeBrowser.storage.local.set({
      settings: { language: 'vi', speechRate: 0.8, launcherCorner: 'top-left', welcomeDone: true },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      language: 'vi',
      speechRate: 0.8,
      launcherCorner: 'top-left',
      welcomeDone: true,
      readingTextPx: 24,
    });
  });
});
