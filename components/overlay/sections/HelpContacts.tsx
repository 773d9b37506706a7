import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import { Icon } from '@/components/overlay/icons';
import contactsData from '@/utils/overlay/help-contacts.json';
import { canDial } from '@/utils/overlay/can-dial';

interface Contact {
  id: string;
  number: string;
  languages: string[];
}
const CONTACTS: Contact[] = contactsData.contacts;

/**
 * Whom to call: each line's name, whom it serves and what it helps with, and its number in large
 * plain text. A phone dials it from a `tel:` link; a computer cannot, so there the number stands
 * alone with "휴대전화로 거세요" (a link a PC cannot follow would only confuse).
 * Shared by 도움이 필요해요 (panel) and the guide card's 막혔어요.
 */
export function HelpContacts({ headingLevel = 4 }: { headingLevel?: 3 | 4 }) {
  const { t, language } = useT('overlay');
  const { win } = useOverlay();
  const dial = canDial(win);
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const list = new Intl.ListFormat([language], { style: 'narrow', type: 'unit' });
  const Heading = `h${headingLevel + 1}` as 'h4' | 'h5';

  return (
    <>
      {!dial && <p class="call-by-phone">{t('help.callOnPhone')}</p>}
      <ul class="contacts">
        {CONTACTS.map((contact) => (
          <li key={contact.id} data-contact={contact.id}>
            <Heading class="contact-name">{t(`help.contact.${contact.id}.name`)}</Heading>
            <p class="contact-who">{t(`help.contact.${contact.id}.who`)}</p>
            {dial ? (
              <a class="phone" href={`tel:${contact.number.replace(/-/g, '')}`}>
                <Icon name="phone" size={28} />
                {t('help.dial', { number: contact.number })}
              </a>
            ) : (
              <p class="phone">
                <Icon name="phone" size={28} />
                <span dir="ltr">{contact.number}</span>
              </p>
            )}
            <p class="contact-what">{t(`help.contact.${contact.id}.what`)}</p>
            {contact.languages.length > 0 && (
              <p class="muted">{t('help.languages', { list: list.format(contact.languages.map((code) => names.of(code) ?? code)) })}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
