import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInstance, type TOptions } from 'i18next';
import type { Translate } from '../../../utils/report/translate.ts';

/**
 * The report namespace's `t` for one language, read straight from locales/ with Korean as the
 * fallback. Node-only (tests, bench, CLI), configured like utils/i18n/create.ts: no escaping
 * by i18next, because every view and export escapes itself.
 */
export function reportTranslator(language: string, root = resolve(import.meta.dirname, '../../..')): Translate {
  const read = (lang: string) => JSON.parse(readFileSync(resolve(root, 'locales', lang, 'report.json'), 'utf8')) as Record<string, unknown>;
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'ko',
    resources: { [language]: { report: read(language) }, ko: { report: read('ko') } },
    ns: ['report'],
    defaultNS: 'report',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = instance.getFixedT(language, 'report');
  return (key, options) => t(key, (options ?? {}) as TOptions);
}
