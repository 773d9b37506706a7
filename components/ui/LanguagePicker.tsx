import { browser } from 'wxt/browser';
import { LANGUAGES } from '@/utils/i18n/languages';
import { send } from '@/utils/messaging/send';
import { useT } from '@/components/i18n/I18nProvider';

/** Every shipped language in its own name, with its review status: ours are drafts until a volunteer reviews them. */
export function LanguagePicker() {
  const { t, language } = useT('settings');
  return (
    <label class="language-picker">
      <span>{t('language.label')}</span>
      <select value={language} onChange={(event) => void send(browser.runtime, 'settings:update', { language: event.currentTarget.value })}>
        {LANGUAGES.map((option) => (
          <option key={option.code} value={option.code} lang={option.code} dir={option.dir}>
            {option.status === 'draft' ? t('language.draftOption', { name: option.name }) : option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
