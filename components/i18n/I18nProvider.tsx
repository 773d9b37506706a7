import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { directionOf } from '@/utils/i18n/languages';
import type { Namespace } from '@/utils/i18n/create';
import type { Translator } from '@/utils/i18n/translator';

const I18nContext = createContext<Translator | null>(null);

/** Pages give it an i18next instance (./utils/i18n/create.ts), the overlay its small translator (translator.ts). */
export function I18nProvider({ i18n, children }: { i18n: Translator; children: ComponentChildren }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** `t` for one namespace, plus the active language and its direction for `lang`/`dir` attributes. */
export function useT(namespace: Namespace): { t: TFunction; language: string; dir: 'ltr' | 'rtl' } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT() needs an <I18nProvider> above it.');
  const language = i18n.language;
  return { t: i18n.getFixedT(language, namespace), language, dir: directionOf(language) };
}
