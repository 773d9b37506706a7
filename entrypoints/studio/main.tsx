import { browser } from 'wxt/browser';
import '@/components/pages/page.css';
import { mountPage } from '@/components/pages/mount-page';
import { StudioApp } from '@/components/studio/StudioApp';

// "번역 돕기": ?lang= picks the language to translate; otherwise the page's own language.
const requested = new URLSearchParams(window.location.search).get('lang') ?? document.documentElement.lang;
void mountPage(document.getElementById('app')!, ['studio', 'settings', 'overlay'], () => (
  <StudioApp runtime={browser.runtime} initialLanguage={requested} />
));
