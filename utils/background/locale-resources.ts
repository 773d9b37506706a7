import { loadResources } from '@/utils/i18n/load';

/** The overlay cannot code-split, so the background hands it the active language only. */
export function localeResources(language: string, namespaces: readonly string[]) {
  return loadResources(language, namespaces);
}
