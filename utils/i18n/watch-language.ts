import { resolveLanguage } from './resolve';

/** The part of a storage item this needs: settingsItem fits, and so does a test fake. */
export interface LanguageSource {
  watch(callback: (value: { language: string }) => void): () => void;
}

/**
 * Follows the user's language setting: on every change, resolves the new language, loads an
 * translator for it with `load` (i18next on pages), and hands it to `onChange` — so a surface (the overlay,
 * a page) can swap its strings without a reload. A slow load that a newer change has overtaken
 * is dropped, so the last choice always wins. Returns the function that stops watching.
 */
export function watchLanguage<I18n>(
  source: LanguageSource,
  load: (language: string) => Promise<I18n>,
  onChange: (i18n: I18n, language: string) => void,
  options: { initial?: string; browserLanguages?: () => readonly string[] } = {},
): () => void {
  const browserLanguages = options.browserLanguages ?? (() => navigator.languages);
  let latest = 0;
  let current = options.initial;
  return source.watch(async ({ language: preferred }) => {
    const language = resolveLanguage(preferred ? [preferred] : browserLanguages());
    if (language === current) return;
    const ticket = ++latest;
    const i18n = await load(language);
    if (ticket !== latest) return;
    current = language;
    onChange(i18n, language);
  });
}
