import type { Resource } from 'i18next';
import { buildResources } from './resources';

type LocaleModule = { default: Record<string, unknown> };

// Lazy: each locale file becomes its own chunk of the extension page that needs it. The
// background cannot load chunks (a service worker has no import()), so it reads the same files
// packaged as plain JSON instead (utils/background/packaged-files.ts); content scripts ask it.
const localeFiles = import.meta.glob<LocaleModule>('/locales/*/*.json');

/** One namespace file of one language, or undefined when it does not exist (yet). */
export async function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown> | undefined> {
  const load = localeFiles[`/locales/${language}/${namespace}.json`];
  return load ? (await load()).default : undefined;
}

/** `namespaces` for `language` and its fallback chain (see buildResources). */
export function loadResources(language: string, namespaces: readonly string[]): Promise<Resource> {
  return buildResources(language, namespaces, loadNamespace);
}

/** The namespaces `language` has files for (for Korean: every namespace). Files starting with "_" are data about translations. */
export function namespacesOf(language: string): string[] {
  const prefix = `/locales/${language}/`;
  return Object.keys(localeFiles)
    .filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).startsWith('_'))
    .map((path) => path.slice(prefix.length, -'.json'.length))
    .sort();
}
