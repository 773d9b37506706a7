import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repairStorage, REPAIRS_KEY, type StorageRepair } from './repair';
import { DEFAULT_SETTINGS } from './items';

describe('repairStorage', () => {
  it('keeps every valid item exactly as it is', async () => {
    const valid = {
      settings: DEFAULT_SETTINGS,
      sites: {
        'https://www.gov.kr': { origin: 'https://www.gov.kr', enabled: null, contrast: 'high', textSpacing: false, zoomPercent: 150 },
      },
      helpers: { fieldHelper: true, hardWords: false },
      auditRuntime: { active: null, inFlight: null },
      frictionSignals: { enabled: false, runs: [] },
    };
    await fakeBrowser.storage.local.set(valid);
    expect(await repairStorage(fakeBrowser.storage.local)).toEqual([]);
    expect(await fakeBrowser.storage.local.get(Object.keys(valid))).toEqual(valid);
  });

  it('resets a corrupted item to its default and notes why, without the stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', guideProgress: { guideId: 5 }, helpers: [1, 2] });
    const repairs = await repairStorage(fakeBrowser.storage.local, undefined, 1000);
    expect(repairs.map((repair) => repair.key).sort()).toEqual(['guideProgress', 'helpers', 'settings']);
    const stored = await fakeBrowser.storage.local.get(['settings', 'guideProgress', 'helpers', REPAIRS_KEY]);
    expect(stored.settings).toBeUndefined();
    expect(stored.guideProgress).toBeUndefined();
    expect(stored.helpers).toBeUndefined();
    const noted = stored[REPAIRS_KEY] as StorageRepair[];
    expect(noted).toHaveLength(3);
    expect(JSON.stringify(noted)).not.toContain('garbage');
  });

  it('keeps the good sites and drops only the broken ones', async () => {
    const good = { origin: 'https://www.gov.kr', enabled: false, contrast: 'normal', textSpacing: false, zoomPercent: 100 };
    await fakeBrowser.storage.local.set({ sites: { 'https://www.gov.kr': good, 'https://x.go.kr': 42 } });
    await repairStorage(fakeBrowser.storage.local);
    expect((await fakeBrowser.storage.local.get('sites')).sites).toEqual({ 'https://www.gov.kr': good });
  });

  it('ignores keys it does not know', async () => {
    await fakeBrowser.storage.local.set({ settings$: { v: 1 }, other: 'anything' });
    expect(await repairStorage(fakeBrowser.storage.local, ['settings$', 'other'])).toEqual([]);
  });
});
