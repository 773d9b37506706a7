import { defineContentScript } from 'wxt/utils/define-content-script';
import { offerEasyRead } from '@/components/easy-read/start';

// Never in the manifest: the background injects it into a frame when someone opens 쉬운 글 보기
// (utils/background/easy-read.ts), so Readability and the view weigh on no other page load.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main: () => offerEasyRead(),
});
