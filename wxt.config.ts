import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { GOV_HOST_PATTERNS } from './utils/sites/gov-hosts';

// The e2e build may add exactly one thing: a loopback host permission, because Playwright
// cannot click the toolbar icon and so can never grant `activeTab` in tests.
const LOOPBACK_PERMISSION = 'http://127.0.0.1/*';
// The `cli` build is what `npm run audit` drives in headless Chromium to audit any URL the
// auditor names; it is never zipped or shipped to users, who grant hosts one by one.
const CLI_PERMISSION = '<all_urls>';
// Every build is a production build (minified CSS included, the same overlay budgets), whatever
// its mode: WXT sets NODE_ENV to the mode name, and a build started from Vitest inherits "test".
// Only `wxt build`/`wxt zip` themselves: Vitest loads this file too and must keep its own NODE_ENV.
if (process.argv.some((arg) => arg === 'build' || arg === 'zip')) process.env.NODE_ENV = 'production';

/**
 * Firefox (desktop and Android). Minimum versions are the oldest that run the whole package:
 * `data_collection_permissions` came in Firefox 140 and Firefox for Android 142, and nothing else
 * we use is newer (CSS `zoom` 126, `optional_host_permissions` 128, Intl.Segmenter 125).
 * The side panel is Firefox's `sidebar_action` (WXT writes it from entrypoints/sidepanel); Firefox
 * has no `sidePanel` permission. Firefox for Android has no sidebars: the popup opens the
 * designer's view in a tab there (components/popup/designer-view.ts).
 *
 * `web-ext lint` (npm run lint:firefox, run by CI) reports no errors. The warnings it still gives,
 * all inside libraries, and why each one is safe (tests/e2e/firefox.e2e.ts checks that no other
 * kind appears):
 * - DANGEROUS_EVAL in content-scripts/axe.min.js: axe-core's own build compiles its message
 *   templates with `new Function`. It runs only in the audit runner, injected on demand.
 * - DANGEROUS_EVAL in background.js and the guide recorder's chunk: zod's fast path builds
 *   validators with `new Function`; utils/zod.ts turns it off (`jitless`) and the extension CSP
 *   (`script-src 'self'`, no 'unsafe-eval') would block it anyway.
 * - UNSAFE_VAR_ASSIGNMENT (innerHTML) in Preact's DOM code (overlay-app.js, shared page chunks):
 *   only reached through `dangerouslySetInnerHTML`, which our lint forbids; in axe-core; and in
 *   Readability (easy-read.js), which runs on an inert clone of the page, never the live page, and
 *   whose output we read as text only (utils/easy-read/blocks.ts).
 */
export const FIREFOX_LINT_WARNINGS_EXPLAINED = ['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT'];
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export default defineConfig({
  imports: false,
  outDir: process.env.DOTBOGI_OUT_DIR ?? '.output',
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // The report page's export worker (components/report/export/) loads its library and locale
    // files as chunks, which only module workers can.
    worker: { format: 'es' },
    resolve: {
      alias: [
        { find: 'react', replacement: 'preact/compat' },
        { find: 'react-dom', replacement: 'preact/compat' },
        // The report's Excel export zips on the page's own thread: fflate's workers come from blob:
        // URLs, which the pages' CSP forbids (utils/report/export/zip-on-this-thread.ts).
        { find: /^fflate$/, replacement: resolve(import.meta.dirname, 'utils/report/export/zip-on-this-thread.ts') },
      ],
    },
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    // offscreen (Chromium only, no install warning): axe.finishRun needs a window, which the
    // service worker lacks (utils/background/finish-run-host.ts); Firefox's background page has one.
    permissions: [
      'storage',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'activeTab',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: [...GOV_HOST_PATTERNS, ...(mode === 'e2e' ? [LOOPBACK_PERMISSION] : []), ...(mode === 'cli' ? [CLI_PERMISSION] : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Extension pages run only our own bundled scripts: no remote code, no plug-ins, no <base>
    // tricks, no framing by pages, no form posts (tests/unit/manifest-permissions.test.ts pins it).
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    },
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandToggleOverlay__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Nothing leaves the device, so Firefox's data-collection declaration is "none".
        gecko: { id: 'dotbogi@dotbogi.kr', strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
      },
    }),
  }),
});
