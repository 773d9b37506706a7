import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { GOV_HOST_PATTERNS } from '@/utils/sites/gov-hosts';
import { startBoot } from '@/components/overlay/boot/start-boot';

// Always on for government hosts; other origins get the same script through a runtime
// registration once the user turns Dotbogi on there (utils/background/opt-in-sites.ts).
// Only the launcher: the full overlay (overlay-app.content) is loaded on first use.
export default defineContentScript({
  matches: GOV_HOST_PATTERNS,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // No window.postMessage at start: the page's own message listeners (often not written for
  // strangers' messages) would run on every load, and learn that Dotbogi is there.
  noScriptStartedPostMessage: true,
  main: (ctx) => startBoot(ctx, browser),
});
