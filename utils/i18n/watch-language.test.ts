import { describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { watchLanguage } from './watch-language';
import { createI18n } from './create';

function fakeSettings() {
  const listeners: ((value: { language: string }) => void)[] = [];
  return {
    watch: (callback: (value: { language: string }) => void) => {
      listeners.push(callback);
      return () => listeners.splice(listeners.indexOf(callback), 1);
    },
    set: (language: string) => listeners.forEach((listener) => listener({ language })),
    listeners,
  };
}

describe('watchLanguage', () => {
  it('hands over a new instance when the language changes, and ignores other setting changes', async () => {
    const settings = fakeSettings();
    const seen: string[] = [];
    watchLanguage(
      settings,
      async (language) => createI18n(language, {}),
      (_i18n, language) => seen.push(language),
      { initial: 'ko' },
    );
    settings.set('ko');
    settings.set('en-US');
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen).toEqual(['en']);
  });

  it('lets the last choice win when loads finish out of order', async () => {
    const settings = fakeSettings();
    const pending: Record<string, (i18n: I18n) => void> = {};
    const seen: string[] = [];
    watchLanguage(
      settings,
      (language) => new Promise((resolve) => (pending[language] = resolve)),
      (_i18n, language) => seen.push(language),
      {
        initial: 'ko',
      },
    );
    settings.set('vi');
    settings.set('ar');
    pending.ar!(createI18n('ar', {}));
    pending.vi!(createI18n('vi', {}));
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen).toEqual(['ar']);
  });

  it('follows the browser when the setting is cleared, and stops when asked', () => {
    const settings = fakeSettings();
    const stop = watchLanguage(
      settings,
      async (language) => createI18n(language, {}),
      () => undefined,
      { browserLanguages: () => ['ja-JP'] },
    );
    expect(settings.listeners).toHaveLength(1);
    stop();
    expect(settings.listeners).toHaveLength(0);
  });
});
