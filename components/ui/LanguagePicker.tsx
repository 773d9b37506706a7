import { browser } from 'wxt/browser';
import { LANGUAGES } from '@/utils/i18n/languages';
import { PSEUDO_LOCALE } from '@/utils/i18n/pseudo';
import { send } from '@/utils/messaging/send';
import { useT } from '@/components/i18n/I18nProvider';

/**
 * Every shipped language in its own name, with its review status: ours are drafts until a
 * volunteer reviews them. Choosing one updates the setting through the background, and every
 * open page and overlay follows at once. The pseudo-locale (layout testing) is offered only
 * where `withPseudo` is set: the options page, never the popup.
 */
export function LanguagePicker({ withPseudo = false }: { withPseudo?: boolean }) {
  const { t, language } = useT('settings');
  return (
    <label class="language-picker">
      <span>{t('language.label')}</span>
      <select value={language} onChange={(event) => void send(browser.runtime, 'settings:update', { language: event.currentTarget.value })}>
        <option value="">{t('language.auto')}</option>
        {LANGUAGES.map((option) => (
          <option key={option.code} value={option.code} lang={option.code} dir={option.dir}>
            {option.status === 'draft' ? t('language.draftOption', { name: option.name }) : option.name}
          </option>
        ))}
        {withPseudo && <option value={PSEUDO_LOCALE}>{t('language.pseudo')}</option>}
      </select>
    </label>
  );
}
