import type { Ref } from 'preact';
import type { TFunction } from 'i18next';
import { useT } from '@/components/i18n/I18nProvider';
import type { FieldDescription, FieldHint } from '@/utils/field-helper/describe-field';
import { Icon } from '@/components/overlay/icons';

const HANGUL = /[\uac00-\ud7a3]/;

/**
 * What to type and in what form, in the user's language, next to the page's own label in 「」.
 * Its close control comes first (always in view); the highlight layer places it and, when room is
 * short, leaves out the secondary text marked `data-trim-level` (the privacy line, then the hints).
 */
export function FieldCallout({
  ref,
  description,
  onDismiss,
}: {
  ref: Ref<HTMLDivElement>;
  description: FieldDescription;
  onDismiss: () => void;
}) {
  const { t } = useT('overlay');
  return (
    <div
      ref={ref}
      class="field-callout"
      role="group"
      aria-labelledby="dotbogi-field-callout-title"
      onKeyDown={(event) => {
        // Esc is handled only inside our own UI; the page keeps its keys.
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onDismiss();
      }}
    >
      <div class="callout-head">
        <FieldName description={description} id="dotbogi-field-callout-title" />
        <button type="button" class="callout-close" onClick={onDismiss}>
          <Icon name="close" />
          {t('fieldHelper.close')}
        </button>
      </div>
      <FieldHelpText description={description} hintsTrim={2} />
      <p class="callout-privacy" data-trim-level="1">
        {t('fieldHelper.privacy')}
      </p>
    </div>
  );
}

/** The field's kind in the user's language, then its label as the page shows it, in 「」. */
export function FieldName({ description, id }: { description: FieldDescription; id?: string }) {
  const { t } = useT('overlay');
  const { koreanLabel, formatKey } = description;
  return (
    <p id={id} class="callout-title">
      <span>{formatKey ? t(`fieldHelper.formats.${formatKey}.name`) : t('fieldHelper.thisField')}</span>{' '}
      {koreanLabel && (
        <span lang={HANGUL.test(koreanLabel) ? 'ko' : undefined} class="page-label">
          「{koreanLabel}」
        </span>
      )}
    </p>
  );
}

/** How to write it and what the field's attributes ask for: in the callout, or in the guide's card. */
export function FieldHelpText({ description, hintsTrim }: { description: FieldDescription; hintsTrim?: number }) {
  const { t } = useT('overlay');
  const { formatKey, hints } = description;
  return (
    <>
      {formatKey && <p class="callout-how">{t(`fieldHelper.formats.${formatKey}.how`)}</p>}
      {hints.length > 0 && (
        <ul class="callout-hints" data-trim-level={hintsTrim}>
          {hints.map((hint) => (
            <li key={hint.kind}>{hintText(hint, t)}</li>
          ))}
        </ul>
      )}
    </>
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
