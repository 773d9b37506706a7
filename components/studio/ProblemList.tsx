import { useT } from '@/components/i18n/I18nProvider';
import { locationOf, type Problem } from '@/utils/i18n/problem';

/** Check results in the volunteer's language; the English message is the fallback. */
export function ProblemList({ problems, withLocation = false, id }: { problems: Problem[]; withLocation?: boolean; id?: string }) {
  const { t } = useT('studio');
  if (problems.length === 0) return null;
  return (
    <ul class="problems" id={id}>
      {problems.map((problem, index) => (
        <li key={index} class={problem.severity}>
          {withLocation && problem.namespace && <code>{locationOf(problem)}</code>}{' '}
          {t(`problems.${problem.code}`, { ...problem.params, defaultValue: problem.message })}
        </li>
      ))}
    </ul>
  );
}
