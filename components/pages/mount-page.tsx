import { render, type ComponentChildren } from 'preact';
import { settingsItem } from '@/utils/storage/items';
import { createI18n, type Namespace } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { resolveLanguage } from '@/utils/i18n/resolve';
import { directionOf } from '@/utils/i18n/languages';
import { I18nProvider } from '@/components/i18n/I18nProvider';

/**
 * Renders an extension page in the user's language and re-renders it when the language
 * setting changes, so switching language anywhere updates every open page without a reload.
 */
export async function mountPage(root: HTMLElement, namespaces: Namespace[], app: () => ComponentChildren) {
  const show = async (preferred: string) => {
    const language = resolveLanguage(preferred ? [preferred] : navigator.languages);
    const i18n = createI18n(language, await loadResources(language, ['common', ...namespaces]));
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    render(<I18nProvider i18n={i18n}>{app()}</I18nProvider>, root);
  };
  await show((await settingsItem.getValue()).language);
  settingsItem.watch((settings) => void show(settings.language));
}
