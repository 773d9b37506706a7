import type { Ref } from 'preact';
import type { TFunction } from 'i18next';
import { useT } from '@/components/i18n/I18nProvider';
import type { FieldDescription, FieldHint } from '@/utils/field-helper/describe-field';
import type { CalloutPlacement } from '@/utils/field-helper/place-callout';

const HANGUL = /[\uac00-\ud7a3]/;

/** What to type and in what form, in the user's language, next to the page's own label in 「」. */
export function FieldCallout({
  ref,
  description,
  placement,
  onDismiss,
}: {
  ref: Ref<HTMLDivElement>;
  description: FieldDescription;
  placement: CalloutPlacement | null;
  onDismiss: () => void;
}) {
  const { t } = useT('overlay');
  const { koreanLabel, formatKey, hints } = description;
  const name = formatKey ? t(`fieldHelper.formats.${formatKey}.name`) : t('fieldHelper.thisField');
  const style = placement
    ? { left: `${placement.x}px`, top: `${placement.y}px`, maxHeight: placement.maxHeight ? `${placement.maxHeight}px` : undefined }
    : { left: '0px', top: '0px', visibility: 'hidden' as const };
  return (
    <div
      ref={ref}
      class={`field-callout side-${placement?.side ?? 'end'}`}
      role="group"
      aria-labelledby="dotbogi-field-callout-title"
      style={style}
      onKeyDown={(event) => {
        // Esc is handled only inside our own UI; the page keeps its keys.
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onDismiss();
      }}
    >
      <p id="dotbogi-field-callout-title" class="callout-title">
        <span>{name}</span>{' '}
        {koreanLabel && (
          <span lang={HANGUL.test(koreanLabel) ? 'ko' : undefined} class="page-label">
            「{koreanLabel}」
          </span>
        )}
      </p>
      {formatKey && <p class="callout-how">{t(`fieldHelper.formats.${formatKey}.how`)}</p>}
      {hints.length > 0 && (
        <ul class="callout-hints">
          {hints.map((hint) => (
            <li key={hint.kind}>{hintText(hint, t)}</li>
          ))}
        </ul>
      )}
      <p class="callout-privacy">{t('fieldHelper.privacy')}</p>
      <button type="button" class="callout-close" onClick={onDismiss}>
        {t('fieldHelper.close')}
      </button>
    </div>
  );
}

function hintText(hint: FieldHint, t: TFunction): string {
  switch (hint.kind) {
    case 'exactLength':
      return t('fieldHelper.hints.exactLength', { length: hint.length });
    case 'maxLength':
      return t('fieldHelper.hints.maxLength', { max: hint.max });
    case 'part':
      return t('fieldHelper.hints.part', { index: hint.index, total: hint.count });
    case 'placeholder':
      return t('fieldHelper.hints.placeholder', { text: hint.text });
    case 'searchButton':
      return t('fieldHelper.hints.searchButton', { label: hint.label });
    default:
      return t(`fieldHelper.hints.${hint.kind}`);
  }
}
