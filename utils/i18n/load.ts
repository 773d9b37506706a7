import type { Resource, ResourceLanguage } from 'i18next';
import { fallbackChain } from './resolve';
import { LANGUAGE_CODES } from './languages';
import { PSEUDO_BASE, PSEUDO_LOCALE, pseudoLocalizeTree } from './pseudo';

type LocaleModule = { default: Record<string, unknown> };

// Lazy: each locale file becomes its own chunk in extension pages and the background.
// (Content scripts are single IIFEs, so the overlay asks the background instead.)
const localeFiles = import.meta.glob<LocaleModule>('/locales/*/*.json');

/** One namespace file of one language, or undefined when it does not exist (yet). */
export async function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown> | undefined> {
  const load = localeFiles[`/locales/${language}/${namespace}.json`];
  return load ? (await load()).default : undefined;
}

/**
 * Loads `namespaces` for `language` and its fallback chain. Missing files are skipped.
 * The pseudo-locale is generated from English here, so it never ships as a file.
 */
export async function loadResources(language: string, namespaces: readonly string[]): Promise<Resource> {
  const resources: Resource = {};
  const known = LANGUAGE_CODES.includes(language) || language === PSEUDO_LOCALE;
  const languages = fallbackChain(known ? language : 'ko');
  await Promise.all(
    languages.flatMap((lang) =>
      namespaces.map(async (namespace) => {
        const pseudo = lang === PSEUDO_LOCALE;
        const strings = await loadNamespace(pseudo ? PSEUDO_BASE : lang, namespace);
        if (!strings) return;
        (resources[lang] ??= {} as ResourceLanguage)[namespace] = pseudo ? pseudoLocalizeTree(strings) : strings;
      }),
    ),
  );
  return resources;
}
