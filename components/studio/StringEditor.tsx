import { useRef } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { lintString } from '@/utils/i18n/lint';
import { directionOf } from '@/utils/i18n/languages';
import type { StudioRow } from './studio-data';
import { ProblemList } from './ProblemList';
import { LINT_CONTEXT } from './lint-context';
import { lintTerms } from '@/utils/i18n/termbase';
import { lockedLabels, type FlatStrings } from '@/utils/i18n/strings';

/**
 * One string: Korean source, English helper and context note beside the volunteer's text box,
 * checked as they type. Text in 「」 (the website's own words) shows as locked chips the volunteer
 * can insert but not translate; a checkbox records their review of the string as it stands.
 */
export function StringEditor({
  row,
  language,
  glossary,
  canReview,
  onInput,
  onReview,
}: {
  row: StudioRow;
  language: string;
  /** This language's glossary as it stands (shipped and draft), for the termbase check. */
  glossary: FlatStrings | undefined;
  /** False until the volunteer has given a reviewer name. */
  canReview: boolean;
  onInput: (value: string) => void;
  onReview: (reviewed: boolean) => void;
}) {
  const { t } = useT('studio');
  const box = useRef<HTMLTextAreaElement>(null);
  const labels = lockedLabels(row.source);
  const insert = (label: string) => {
    const field = box.current!;
    const [start, end] = [field.selectionStart ?? row.value.length, field.selectionEnd ?? row.value.length];
    onInput(row.value.slice(0, start) + label + row.value.slice(end));
    requestAnimationFrame(() => {
      field.focus();
      field.setSelectionRange(start + label.length, start + label.length);
    });
  };
  const othersReview = row.reviewedBy !== null && !row.reviewInDraft;
  const id = `string-${row.namespace}-${row.key}`.replace(/[^\w-]/g, '-');
  const where = { language, namespace: row.namespace, key: row.key };
  const problems = row.value
    ? [
        ...lintString(row.source, row.value, where, row.pluralCategory, LINT_CONTEXT),
        ...lintTerms(row.source, row.value, where, LINT_CONTEXT.termbase, glossary),
      ]
    : [];
  if (row.changed) {
    problems.push({ severity: 'warning', code: 'changed', language, namespace: row.namespace, key: row.key, params: {}, message: '' });
  }
  return (
    <li class={`string${row.missing ? ' is-missing' : ''}`}>
      <p class="key">
        <code>
          {row.namespace} › {row.key}
        </code>
        {row.pluralCategory && <span class="plural"> · {t('pluralForm', { category: row.pluralCategory })}</span>}
      </p>
      <dl>
        <dt>{t('source')}</dt>
        <dd lang="ko">
          {row.source.split(/(「[^「」]*」)/).map((part, index) =>
            labels.includes(part) ? (
              <span key={index} class="locked-label">
                {part}
                <span class="visually-hidden"> ({t('locked.chip')})</span>
              </span>
            ) : (
              part
            ),
          )}
        </dd>
        {row.english && (
          <>
            <dt>{t('helper')}</dt>
            <dd lang="en">{row.english}</dd>
          </>
        )}
        {row.note && (
          <>
            <dt>{t('context')}</dt>
            <dd lang="en">{row.note}</dd>
          </>
        )}
      </dl>
      <label for={id}>{t('translation')}</label>
      <textarea
        ref={box}
        id={id}
        lang={language}
        dir={directionOf(language)}
        rows={2}
        value={row.value}
        aria-invalid={problems.some((problem) => problem.severity === 'error')}
        aria-describedby={problems.length ? `${id}-problems` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {labels.length > 0 && (
        <p class="locked">
          <span>{t('locked.label')}</span>{' '}
          {labels.map((label) => (
            <button
              key={label}
              type="button"
              class="locked-label"
              lang="ko"
              aria-label={t('locked.insert', { label })}
              onClick={() => insert(label)}
            >
              {label}
            </button>
          ))}
        </p>
      )}
      <ProblemList problems={problems} id={`${id}-problems`} />
      <p class="review">
        <label>
          <input
            type="checkbox"
            checked={row.reviewedBy !== null}
            disabled={row.missing || othersReview || (!canReview && !row.reviewInDraft)}
            aria-describedby={!canReview && !othersReview ? 'reviewer-hint' : undefined}
            onChange={(event) => onReview(event.currentTarget.checked)}
          />
          {t('review.mark')}
        </label>
        {row.reviewedBy !== null && <span class="reviewed-by"> · {t('review.by', { by: row.reviewedBy })}</span>}
        {!canReview && !row.missing && row.reviewedBy === null && <span class="hint"> · {t('review.needName')}</span>}
      </p>
    </li>
  );
}
