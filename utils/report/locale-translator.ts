import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource, ResourceLanguage } from 'i18next';
import { createI18n } from '../i18n/create.ts';
import { fallbackChain } from '../i18n/resolve.ts';
import { REPORT_NAMESPACES, type Translate } from './translate.ts';

/**
 * The report's `t` in `language`, with its fallbacks, read straight from the locales folder under
 * `root`. Node only: the audit CLI's exports, tests and benchmarks. Extension pages load the same
 * namespaces as chunks (mountPage).
 */
export function reportTranslatorFromLocales(root: string, language: string): Translate {
  const resources: Resource = {};
  for (const code of fallbackChain(language)) {
    for (const namespace of REPORT_NAMESPACES) {
      const file = join(root, 'locales', code, `${namespace}.json`);
      if (!existsSync(file)) continue;
      (resources[code] ??= {} as ResourceLanguage)[namespace] = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    }
  }
  const t = createI18n(language, resources).getFixedT(language, 'report');
  return (key, values) => t(key, values ?? {});
}
