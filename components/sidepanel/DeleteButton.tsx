import { useEffect, useRef } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';

/** ‘삭제’, then a question naming what goes, ‘지우기’ / ‘취소’ (focus moves to the question's first answer and back). */
export function DeleteButton({
  confirming,
  setConfirming,
  question,
  onDelete,
}: {
  confirming: boolean;
  setConfirming: (value: boolean) => void;
  question: string;
  onDelete: () => Promise<void>;
}) {
  const { t } = useT('audit');
  const yes = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) yes.current?.focus();
    else if (asked.current) ask.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  if (!confirming)
    return (
      <button type="button" ref={ask} onClick={() => setConfirming(true)}>
        {t('delete')}
      </button>
    );
  return (
    <div class="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button type="button" ref={yes} onClick={() => void onDelete().then(() => setConfirming(false))}>
        {t('deleteYes')}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}
