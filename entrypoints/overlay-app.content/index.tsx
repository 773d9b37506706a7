import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { startOverlay } from '@/components/overlay/start-overlay';

// Never in the manifest: the background injects the full overlay into a frame when the boot
// (overlay.content) needs it, so pages where nobody asks for help pay only for the boot.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  // No window.postMessage at start: the page's own message listeners (often not written for
  // strangers' messages) would run on every load, and learn that Dotbogi is there.
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx, browser),
});
