import type { Ref } from 'preact';
import { useT } from '@/components/i18n/I18nProvider';

/**
 * The one big button. Its accessible name always contains 돋보기: in other languages the Korean
 * name follows the translated label (tagged lang="ko"), so a Korean helper can say "press 돋보기"
 * and voice control finds it. It warns with a badge when the address check found a problem.
 */
export function Launcher({
  ref,
  expanded,
  warning,
  onPress,
}: {
  ref: Ref<HTMLButtonElement>;
  expanded: boolean;
  warning: boolean;
  onPress: () => void;
}) {
  const { t, language } = useT('overlay');
  return (
    <button ref={ref} type="button" class="launcher" aria-expanded={expanded} aria-controls="dotbogi-panel" onClick={onPress}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="32" height="32">
        <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M15 15l6 6" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
      </svg>
      <span>{t('launcher.label')}</span>
      {language !== 'ko' && (
        <span lang="ko" class="brand">
          돋보기
        </span>
      )}
      {warning && <span class="badge">{t('launcher.warningBadge')}</span>}
    </button>
  );
}
