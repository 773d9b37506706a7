import '@/components/pages/page.css';
import { mountPage } from '@/components/pages/mount-page';
import { OptionsApp } from '@/components/options/OptionsApp';

void mountPage(document.getElementById('app')!, ['settings'], () => <OptionsApp />);
