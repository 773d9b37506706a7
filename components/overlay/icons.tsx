/**
 * The overlay's one small icon set, drawn as inline SVG: an emoji or symbol font may be missing
 * (a Windows or Linux PC without colour emoji shows empty boxes), a path never is. 24 × 24 grid,
 * stroked in currentColor so forced colours and our own colour scheme apply. Always decorative:
 * the text beside an icon says what it means. Styles: icons.css (part of OVERLAY_CSS).
 */
const PATHS = {
  // Guide actions (utils/guides/schema.ts ACTIONS).
  click: 'M7 3.5v12l3.2-3 2.3 5.2 2.6-1.1-2.3-5.1H17L7 3.5ZM3 6h2M4.5 2.5 6 4M9.5 1.5v2',
  type: 'M2.5 6.5h19v11h-19zM6 10h1M9.5 10h1M13 10h1M16.5 10h1M7.5 14h9',
  choose: 'M4 4.5h16v15H4zM8 12l3 3 5-6',
  wait: 'M6.5 3h11M6.5 21h11M7.5 3c0 5 9 5 9 9s-9 4-9 9M16.5 3c0 5-9 5-9 9s9 4 9 9',
  'check-phone': 'M7 2.5h10v19H7zM10.5 18.5h3',
  read: 'M1.5 12S5.5 5 12 5s10.5 7 10.5 7-4 7-10.5 7S1.5 12 1.5 12ZM12 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6Z',
  // Card and panel controls.
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  up: 'M5 15l7-7 7 7',
  down: 'M5 9l7 7 7-7',
  close: 'M6 6l12 12M18 6 6 18',
  phone: 'M6.5 3.5 9 3l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2-.5 2.5c-.3 1.5-1.7 2.5-3.2 2.3C10 19 5 14 4.2 6.7 4 5.2 5 3.8 6.5 3.5Z',
  speaker: 'M3.5 9h4l5-4v14l-5-4h-4zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11',
  help: 'M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 1 0 0-19ZM9.3 9.3a2.8 2.8 0 1 1 3.9 2.5c-.8.4-1.2 1-1.2 1.9v.8M12 17.3v.2',
  done: 'M4 12.5l5 5L20 6.5',
  tasks: 'M4 5.5h2M4 12h2M4 18.5h2M9.5 5.5H20M9.5 12H20M9.5 18.5H20',
  stop: 'M6 6h12v12H6z',
  back: 'M10 6l-6 6 6 6M4 12h16',
} as const;

export type IconName = keyof typeof PATHS;

/** Icons that point along the reading direction and so turn round in right-to-left text. */
const DIRECTIONAL: ReadonlySet<IconName> = new Set(['previous', 'next', 'back']);

export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return (
    <svg
      class={`icon${DIRECTIONAL.has(name) ? ' icon-directional' : ''}`}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
