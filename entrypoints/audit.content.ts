import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { createFrameRunner, type FrameIdOf } from '@/utils/audit/audit-frame';
import { RUNNER_KEY } from '@/utils/audit/frame-protocol';

// Never in the manifest: when the user asks for an audit, the background injects axe-core's own
// axe.min.js and then this into every frame it can reach (utils/background/run-audit.ts), so
// axe-core stays out of the always-on overlay. This only installs the frame's audit runner in the
// extension's isolated world; the background then drives it (utils/audit/frame-protocol.ts).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // Nothing of ours reaches the page's message listeners while we audit it.
  noScriptStartedPostMessage: true,
  main: () => {
    // Firefox says which frameId a frame element holds; Chromium does not (the runner then relies on frame indexes).
    const getFrameId = (browser.runtime as { getFrameId?: FrameIdOf }).getFrameId;
    (globalThis as Record<string, unknown>)[RUNNER_KEY] = createFrameRunner(window, getFrameId?.bind(browser.runtime));
    return true;
  },
});
