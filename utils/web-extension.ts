import type { browser } from 'wxt/browser';

/** The WebExtension API object's type, for modules that take `browser` (or a fake) as a parameter. */
export type WebExtension = typeof browser;
