/**
 * The shadow host that the boot and the full overlay both mount. One name for both, so taking
 * over is swapping one element, and pages, the background and tests meet one <dotbogi-overlay>.
 * Outside <body>, so a page's `body { zoom }` or transforms cannot move or scale us.
 */
export const OVERLAY_HOST = {
  name: 'dotbogi-overlay',
  position: 'inline',
  anchor: () => document.documentElement,
  append: 'last',
  isolateEvents: true,
} as const;
