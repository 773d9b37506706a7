import type { Ref } from 'preact';
import { useT } from '@/components/i18n/I18nProvider';

export function Launcher({ ref, expanded, onPress }: { ref: Ref<HTMLButtonElement>; expanded: boolean; onPress: () => void }) {
  const { t } = useT('overlay');
  return (
    <button ref={ref} type="button" class="launcher" aria-expanded={expanded} aria-controls="dotbogi-panel" onClick={onPress}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="32" height="32">
        <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M15 15l6 6" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
      </svg>
      <span>{t('launcher.label')}</span>
    </button>
  );
}
