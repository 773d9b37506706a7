import { resolve } from 'node:path';
import { reportTranslatorFromLocales } from '../../../utils/report/locale-translator.ts';
import type { Translate } from '../../../utils/report/translate.ts';

/** The report's `t` for one language, read from this repository's locales/ (tests and benchmarks). */
export function reportTranslator(language: string, root = resolve(import.meta.dirname, '../../..')): Translate {
  return reportTranslatorFromLocales(root, language);
}
