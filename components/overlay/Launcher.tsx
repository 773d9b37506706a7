import type { Ref } from 'preact';

/**
 * The one big button. Its accessible name always contains 돋보기: in other languages the Korean
 * name follows the translated label (tagged lang="ko"), so a Korean helper can say "press 돋보기"
 * and voice control finds it. It warns with a badge when the address check found a problem.
 *
 * Takes its texts as props (no i18next): the always-on boot (./boot) draws this same button
 * before the full overlay is loaded.
 */
export function Launcher({
  ref,
  label,
  language,
  badge,
  expanded,
  busy = false,
  onPress,
  onPressStart,
  onIntent,
}: {
  ref?: Ref<HTMLButtonElement>;
  label: string;
  language: string;
  /** The warning badge's text, when the address check warns. */
  badge?: string;
  expanded: boolean;
  /** The full overlay is being loaded after a press. */
  busy?: boolean;
  onPress: () => void;
  /** A pointer or Enter/Space went down on it (before the click). */
  onPressStart?: () => void;
  /** The pointer came onto it or it got focus. */
  onIntent?: () => void;
}) {
  return (
    <button
      ref={ref}
      type="button"
      class="launcher"
      aria-expanded={expanded}
      aria-controls="dotbogi-panel"
      aria-busy={busy || undefined}
      onClick={onPress}
      onPointerDown={onPressStart}
      onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && onPressStart?.()}
      onPointerEnter={onIntent}
      onFocus={onIntent}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="32" height="32">
        <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M15 15l6 6" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
      </svg>
      <span>{label}</span>
      {language !== 'ko' && (
        <span lang="ko" class="brand">
          돋보기
        </span>
      )}
      {badge && <span class="badge">{badge}</span>}
    </button>
  );
}
