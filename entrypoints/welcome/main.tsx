import '@/components/pages/page.css';
import { browser } from 'wxt/browser';
import { mountPage } from '@/components/pages/mount-page';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';

void mountPage(document.getElementById('app')!, ['overlay', 'settings'], () => (
  <WelcomeApp permissions={browser.permissions} runtime={browser.runtime} />
));
