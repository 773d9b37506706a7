import { defineContentScript } from 'wxt/utils/define-content-script';
import { auditFrameAsJson } from '@/utils/audit/audit-frame';

// Never in the manifest: the background injects this into every frame when the user asks for an
// audit, so axe-core (~650 kB) stays out of the always-on overlay. The run comes back as JSON text
// (see auditFrameAsJson): much faster than an object tree for big pages.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // Nothing of ours reaches the page's message listeners while we audit it.
  noScriptStartedPostMessage: true,
  main: () => auditFrameAsJson(window),
});
