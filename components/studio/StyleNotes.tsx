import translating from '@/locales/TRANSLATING.md?raw';
import { useT } from '@/components/i18n/I18nProvider';
import { styleNotesFor } from '@/utils/i18n/style-notes';

/** Register, forms of address and key terms for the language being translated, from TRANSLATING.md. */
export function StyleNotes({ language, name }: { language: string; name: string }) {
  const { t } = useT('studio');
  const notes = styleNotesFor(translating, language);
  if (!notes.length) return null;
  return (
    <details class="style-notes" open>
      <summary>{t('styleNotes.title', { language: name })}</summary>
      <ul lang={language}>
        {notes.map((parts, index) => (
          <li key={index}>
            {parts.map((part, at) =>
              part.style === 'strong' ? (
                <strong key={at}>{part.text}</strong>
              ) : part.style === 'code' ? (
                <code key={at}>{part.text}</code>
              ) : (
                part.text
              ),
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
