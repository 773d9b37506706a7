/**
 * Names Dotbogi's contexts agree on in a page. The two markers are globals that say, in a frame's
 * extension isolated world, that the overlay's boot or its full overlay runs there
 * (components/overlay/boot/handoff.ts sets them; the background probes them before injecting,
 * utils/background/overlay-app.ts). Pages cannot see them.
 */
export const BOOT_MARKER = 'dotbogi.overlay-boot';
export const APP_MARKER = 'dotbogi.overlay-app';
/** Set by the easy-read script (entrypoints/easy-read.content) to the API the panel calls. */
export const EASY_READ_MARKER = 'dotbogi.easy-read';

/** The element that holds Dotbogi's UI in a page (components/overlay/host.ts). Audits leave it out: it is not the site's. */
export const OVERLAY_HOST_NAME = 'dotbogi-overlay';
