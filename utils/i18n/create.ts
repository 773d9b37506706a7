import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { fallbackChain } from './resolve';

export const NAMESPACES = ['common', 'overlay', 'guides', 'glossary', 'audit', 'report', 'rules', 'terms', 'settings', 'studio'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * A ready i18next instance for one language. `resources` holds that language and its
 * fallbacks only: no context ever loads every locale.
 *
 * Escaping is Preact's job (it renders strings as text), so i18next must not double-escape;
 * no string is ever rendered as HTML.
 */
export function createI18n(language: string, resources: Resource): I18n {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: fallbackChain(language).slice(1),
    resources,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    load: 'currentOnly',
  });
  return instance;
}
