import '@/components/pages/page.css';
import { browser } from 'wxt/browser';
import { mountPage } from '@/components/pages/mount-page';
import { RecorderApp } from '@/components/guide-recorder/RecorderApp';

void mountPage(document.getElementById('app')!, ['guides'], () => <RecorderApp browser={browser} />);
