import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { GOV_HOST_PATTERNS } from '@/utils/sites/gov-hosts';
import { startOverlay } from '@/components/overlay/start-overlay';

// Always on for government hosts; other origins get the same script through a runtime
// registration once the user turns Dotbogi on there (utils/background/opt-in-sites.ts).
export default defineContentScript({
  matches: GOV_HOST_PATTERNS,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => startOverlay(ctx, browser),
});
