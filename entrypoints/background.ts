import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { startBackground } from '@/utils/background/start';

export default defineBackground(() => startBackground(browser));
