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

export default defineConfig({
  imports: false,
  outDir: process.env.DOTBOGI_OUT_DIR ?? '.output',
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    permissions: ['storage', 'scripting', 'sidePanel', 'activeTab', 'unlimitedStorage'],
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
        gecko: { id: 'dotbogi@dotbogi.kr', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
