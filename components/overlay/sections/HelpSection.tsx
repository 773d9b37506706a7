import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import contactsData from '@/utils/overlay/help-contacts.json';
import type { OverlaySection } from './section';

interface Contact {
  id: string;
  number: string;
  languages: string[];
}
const CONTACTS: Contact[] = contactsData.contacts;

/** 도움이 필요해요: a way back, a way home, whom to call, and where to learn. */
function HelpSection() {
  const { t, language } = useT('overlay');
  const { win } = useOverlay();
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const list = new Intl.ListFormat([language], { style: 'narrow', type: 'unit' });
  const home = `${win.location.origin}/`;

  return (
    <div class="section-body">
      <h4>{t('help.stuck')}</h4>
      <div class="row">
        <button type="button" onClick={() => win.history.back()}>
          {t('help.back')}
        </button>
        <a class="button-link" href={home}>
          {t('help.home')}
        </a>
      </div>
      <p class="muted">{t('help.backExplain')}</p>
      <h4>{t('help.call')}</h4>
      <ul class="contacts">
        {CONTACTS.map((contact) => (
          <li key={contact.id}>
            <strong>{t(`help.contact.${contact.id}.name`)}</strong>
            <a class="phone" href={`tel:${contact.number.replace(/-/g, '')}`}>
              {t('help.callNumber', { number: contact.number })}
            </a>
            <span>{t(`help.contact.${contact.id}.what`)}</span>
            {contact.languages.length > 0 && (
              <span class="muted">
                {t('help.languages', { list: list.format(contact.languages.map((code) => names.of(code) ?? code)) })}
              </span>
            )}
          </li>
        ))}
      </ul>
      <h4>{t('help.learnTitle')}</h4>
      <p>{t('help.learn')}</p>
    </div>
  );
}

export const helpSection: OverlaySection = { id: 'help', titleKey: 'help.title', Component: HelpSection };
