import { useT } from '@/components/i18n/I18nProvider';

/** A term's explanation: the Korean term as the page writes it, its name and plain meaning in the user's language. */
export function GlossaryTermCard({ id, pageText, headingId }: { id: string; pageText: string; headingId?: string }) {
  const { t, language } = useT('glossary');
  const name = t(`${id}.term`);
  return (
    <>
      <p id={headingId} class="term-name">
        <span lang="ko">「{pageText}」</span>
        {language !== 'ko' && name !== pageText && <span> {name}</span>}
      </p>
      <p class="term-plain">{t(`${id}.plain`)}</p>
    </>
  );
}
