import { describe, expect, it, vi } from 'vitest';
import { guideProgressItem, helperSettingsItem, settingsItem, sitesItem, defaultSiteSettings } from '@/utils/storage/items';
import { loadNamespace } from '@/utils/i18n/load';
import { ensureOverlayApp, overlayBoot } from './overlay-app';

const GOV = 'https://www.gov.kr/portal/main';
const page = { tab: { id: 4 }, frameId: 0 };
const request = (url = GOV, hasPasswordField = false) => ({ url, languages: ['ko-KR'], hasPasswordField });

/** A frame where the full overlay runs, only the boot, or neither; records what was injected. */
function fakeScripting(running: 'app' | 'boot' | 'none' = 'none') {
  return {
    executeScript: vi.fn(async (injection: { files?: string[] }) => (injection.files ? [] : [{ frameId: 0, result: running }])),
  };
}

describe('overlay:boot', () => {
  it('draws only the launcher, in the user language, on an ordinary page load', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), language: 'vi', launcherCorner: 'top-left' });
    const scripting = fakeScripting();
    const boot = await overlayBoot({ scripting: scripting as never, locales: loadNamespace }, request(), page);
    expect(boot).toEqual({
      mode: 'launcher',
      language: 'vi',
      dir: 'ltr',
      label: expect.stringMatching(/Dotbogi|돋보기/),
      corner: 'top-left',
      fieldHelper: true,
    });
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  it('follows the browser languages when none is chosen, right-to-left for Arabic', async () => {
    const boot = await overlayBoot(
      { scripting: fakeScripting() as never, locales: loadNamespace },
      { ...request(), languages: ['ar-EG', 'en'] },
      page,
    );
    expect(boot).toMatchObject({ mode: 'launcher', language: 'ar', dir: 'rtl' });
  });

  it('injects the full overlay at once when something must run without a press', async () => {
    const cases: [string, () => Promise<void>, ReturnType<typeof request>][] = [
      ['hard words on', () => helperSettingsItem.setValue({ fieldHelper: true, hardWords: true }), request()],
      [
        'site stylesheets',
        () => sitesItem.setValue({ 'https://www.gov.kr': { ...defaultSiteSettings('https://www.gov.kr'), contrast: 'dark' } }),
        request(),
      ],
      ['address warning', async () => undefined, request('http://gov-kr.com/login', true)],
      [
        'a guide in progress',
        () =>
          guideProgressItem.setValue({
            guideId: 'g',
            guideVersion: 1,
            stepId: 's',
            history: [],
            runId: 'r',
            startedAt: 1,
            stepStartedAt: 1,
          }),
        request(),
      ],
    ];
    for (const [reason, arrange, boot] of cases) {
      await arrange();
      const scripting = fakeScripting();
      expect(await overlayBoot({ scripting: scripting as never, locales: loadNamespace }, boot, page), reason).toEqual({ mode: 'app' });
      expect(scripting.executeScript, reason).toHaveBeenLastCalledWith({
        target: { tabId: 4, frameIds: [0] },
        injectImmediately: true,
        files: ['/content-scripts/overlay-app.js'],
      });
      await Promise.all([helperSettingsItem.removeValue(), sitesItem.removeValue(), guideProgressItem.removeValue()]);
    }
  });

  it('draws nothing where the user turned Dotbogi off', async () => {
    await sitesItem.setValue({ 'https://www.gov.kr': { ...defaultSiteSettings('https://www.gov.kr'), enabled: false } });
    expect(await overlayBoot({ scripting: fakeScripting() as never, locales: loadNamespace }, request(), page)).toEqual({ mode: 'off' });
  });
});

describe('ensureOverlayApp', () => {
  it('injects the full overlay only where it does not run yet, and once for concurrent asks', async () => {
    const boot = fakeScripting('boot');
    await Promise.all([ensureOverlayApp(boot as never, 9), ensureOverlayApp(boot as never, 9)]);
    expect(boot.executeScript.mock.calls.filter(([injection]) => injection.files)).toHaveLength(1);

    const running = fakeScripting('app');
    expect(await ensureOverlayApp(running as never, 9)).toBe(true);
    expect(running.executeScript.mock.calls.filter(([injection]) => injection.files)).toHaveLength(0);
  });

  it('leaves frames without the boot alone when a command comes from elsewhere (Dotbogi off, page still loading)', async () => {
    const none = fakeScripting('none');
    expect(await ensureOverlayApp(none as never, 9, 0, { overBootOnly: true })).toBe(false);
    expect(none.executeScript.mock.calls.filter(([injection]) => injection.files)).toHaveLength(0);
  });

  it('says false when the frame cannot have it', async () => {
    const denied = { executeScript: vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page'))) };
    expect(await ensureOverlayApp(denied as never, 5)).toBe(false);
  });
});
