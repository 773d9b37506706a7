import type { TFunction } from 'i18next';
import { createI18n } from '@/utils/i18n/create';
import { buildResources, type ReadNamespace } from '@/utils/i18n/resources';

const byLanguage = new Map<string, Promise<TFunction>>();

/**
 * The overlay's strings in one language, for the texts the background writes for it (the boot's
 * launcher label, the toolbar's fake-site warning). Built once per language while the worker
 * lives: every government page load asks for the launcher's label.
 */
export function overlayStrings(locales: ReadNamespace, language: string): Promise<TFunction> {
  let strings = byLanguage.get(language);
  if (!strings) {
    strings = buildResources(language, ['overlay'], locales).then((resources) =>
      createI18n(language, resources).getFixedT(language, 'overlay'),
    );
    strings.catch(() => byLanguage.delete(language));
    byLanguage.set(language, strings);
  }
  return strings;
}
