import type { Locale } from 'axe-core';
import { axeLocalePath } from '@/utils/audit/axe-locales';
import { readPackagedJson, type Runtime } from './packaged-files';

const byLanguage = new Map<string, Promise<Locale | null>>();

/** axe's rule texts in `language`, read once per language while the worker lives; null where axe has none. */
export function packagedAxeLocale(runtime: Runtime, language: string): Promise<Locale | null> {
  let locale = byLanguage.get(language);
  if (!locale) {
    const path = axeLocalePath(language);
    locale = path ? readPackagedJson<Locale>(runtime, path).then((found) => found ?? null) : Promise.resolve(null);
    locale.catch(() => byLanguage.delete(language));
    byLanguage.set(language, locale);
  }
  return locale;
}
