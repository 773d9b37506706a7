import languagesFile from '@/locales/languages.json';

export type LanguageStatus = 'source' | 'draft' | 'reviewed';

export interface LanguageInfo {
  code: string;
  /** The language's own name for itself, shown in pickers. */
  name: string;
  dir: 'ltr' | 'rtl';
  status: LanguageStatus;
  /** The folder name Chrome expects under _locales, or null where Chrome has none. */
  chrome: string | null;
}

export const SOURCE_LANGUAGE = languagesFile.source;
export const LANGUAGES = languagesFile.languages as LanguageInfo[];
export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code);

export function languageInfo(code: string): LanguageInfo | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return languageInfo(code)?.dir ?? 'ltr';
}
