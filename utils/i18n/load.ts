import type { Resource } from 'i18next';
import { fallbackChain } from './resolve';
import { LANGUAGE_CODES } from './languages';

type LocaleModule = { default: Record<string, unknown> };

// Lazy: each locale file becomes its own chunk in extension pages and the background.
// (Content scripts are single IIFEs, so the overlay asks the background instead.)
const localeFiles = import.meta.glob<LocaleModule>('/locales/*/*.json');

/** Loads `namespaces` for `language` and its fallback chain. Missing files are skipped. */
export async function loadResources(language: string, namespaces: readonly string[]): Promise<Resource> {
  const resources: Resource = {};
  const languages = fallbackChain(LANGUAGE_CODES.includes(language) ? language : 'ko');
  await Promise.all(
    languages.flatMap((lang) =>
      namespaces.map(async (namespace) => {
        const load = localeFiles[`/locales/${lang}/${namespace}.json`];
        if (!load) return;
        const module = await load();
        (resources[lang] ??= {})[namespace] = module.default;
      }),
    ),
  );
  return resources;
}
