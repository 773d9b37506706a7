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
  main: (ctx) => startBoot(ctx, browser),
});
