import type { TOptions } from 'i18next';
import { useT } from '@/components/i18n/I18nProvider';
import type { Translate } from '@/utils/report/translate';

/** The report namespace's `t` in the shape the report's pure modules take. */
export function useReportT(): { t: Translate; language: string; dir: 'ltr' | 'rtl' } {
  const { t, language, dir } = useT('report');
  return { t: (key, options) => t(key, (options ?? {}) as TOptions), language, dir };
}
