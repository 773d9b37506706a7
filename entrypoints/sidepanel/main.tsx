import '@/components/pages/page.css';
import { mountPage } from '@/components/pages/mount-page';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';

void mountPage(document.getElementById('app')!, ['audit'], () => <SidePanelApp />);
