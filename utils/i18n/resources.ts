import type { Resource, ResourceLanguage } from 'i18next';
import { fallbackChain } from './resolve';
import { LANGUAGE_CODES } from './languages';
import { PSEUDO_BASE, PSEUDO_LOCALE, pseudoLocalizeTree } from './pseudo';

/** Reads one namespace file of one language; undefined when it does not exist (yet). */
export type ReadNamespace = (language: string, namespace: string) => Promise<Record<string, unknown> | undefined>;

/**
 * Loads `namespaces` for `language` and its fallback chain, each file through `read`. Missing
 * files are skipped. The pseudo-locale is generated from English here, so it never ships as a file.
 */
export async function buildResources(language: string, namespaces: readonly string[], read: ReadNamespace): Promise<Resource> {
  const resources: Resource = {};
  const known = LANGUAGE_CODES.includes(language) || language === PSEUDO_LOCALE;
  const languages = fallbackChain(known ? language : 'ko');
  await Promise.all(
    languages.flatMap((lang) =>
      namespaces.map(async (namespace) => {
        const pseudo = lang === PSEUDO_LOCALE;
        const strings = await read(pseudo ? PSEUDO_BASE : lang, namespace);
        if (!strings) return;
        (resources[lang] ??= {} as ResourceLanguage)[namespace] = pseudo ? pseudoLocalizeTree(strings) : strings;
      }),
    ),
  );
  return resources;
}
