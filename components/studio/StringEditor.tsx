import { useT } from '@/components/i18n/I18nProvider';
import { lintString } from '@/utils/i18n/lint';
import { directionOf } from '@/utils/i18n/languages';
import type { StudioRow } from './studio-data';
import { ProblemList } from './ProblemList';
import { LINT_CONTEXT } from './lint-context';
import { lintTerms } from '@/utils/i18n/termbase';
import type { FlatStrings } from '@/utils/i18n/strings';

/** One string: Korean source, English helper and context note beside the volunteer's text box, checked as they type. */
export function StringEditor({
  row,
  language,
  glossary,
  onInput,
}: {
  row: StudioRow;
  language: string;
  /** This language's glossary as it stands (shipped and draft), for the termbase check. */
  glossary: FlatStrings | undefined;
  onInput: (value: string) => void;
}) {
  const { t } = useT('studio');
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
        <dd lang="ko">{row.source}</dd>
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
        id={id}
        lang={language}
        dir={directionOf(language)}
        rows={2}
        value={row.value}
        aria-invalid={problems.some((problem) => problem.severity === 'error')}
        aria-describedby={problems.length ? `${id}-problems` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <ProblemList problems={problems} id={`${id}-problems`} />
    </li>
  );
}
