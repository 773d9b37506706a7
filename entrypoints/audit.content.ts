import { defineContentScript } from 'wxt/utils/define-content-script';
import { auditFrameAsJson } from '@/utils/audit/audit-frame';

// Never in the manifest: when the user asks for an audit, the background injects axe-core's own
// axe.min.js and then this into every frame (utils/background/run-audit.ts), so axe-core stays out
// of the always-on overlay. The run comes back as JSON text, axe's raw results packed (see
// auditFrameAsJson): much faster than an object tree for big pages.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // Nothing of ours reaches the page's message listeners while we audit it.
  noScriptStartedPostMessage: true,
  main: () => auditFrameAsJson(window),
});
