import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TOptions } from 'i18next';
import { useT } from '@/components/i18n/I18nProvider';
import type { Translate } from '@/utils/report/translate';

export interface ReportEnv {
  t: Translate;
  language: string;
  dir: 'ltr' | 'rtl';
  /**
   * Rendering the standalone file (the HTML export): everything shown at once, no buttons, no
   * paging, disclosures as plain <details>; nothing that needs a script.
   */
  static: boolean;
}

/** Set by the HTML export, which renders the report with a `t` but without the page's i18next. */
export const ReportEnvContext = createContext<ReportEnv | null>(null);

/** The report namespace's `t` in the shape the report's pure modules take, and whether this is the standalone file. */
export function useReportT(): ReportEnv {
  const env = useContext(ReportEnvContext);
  // The same branch on every render of a tree: the context is set once, above everything.
  if (env) return env;
  const { t, language, dir } = useT('report');
  return { t: (key, options) => t(key, (options ?? {}) as TOptions), language, dir, static: false };
}
