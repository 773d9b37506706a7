import { browser } from 'wxt/browser';
import { answerFinishRun } from '@/utils/audit/finish-run';
import { AXE_SCRIPT } from '@/utils/audit/axe-script';

// Chromium's offscreen document for axe.finishRun (utils/audit/finish-run.ts): a service worker has
// no window for axe, and finishRun must not run in a page. Firefox's background page does it itself.
const background = browser.runtime.getURL('/background.js');
browser.runtime.onMessage.addListener(answerFinishRun(window, browser.runtime.getURL(AXE_SCRIPT), background) as never);
