import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { startOverlay } from '@/components/overlay/start-overlay';

// Never in the manifest: the background injects the full overlay into a frame when the boot
// (overlay.content) needs it, so pages where nobody asks for help pay only for the boot.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main: (ctx) => startOverlay(ctx, browser),
});
