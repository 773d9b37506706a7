import '@/components/pages/page.css';
import { mountPage } from '@/components/pages/mount-page';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { PageReportSummary } from '@/components/report/ReportSummary';
import { openReportPage } from '@/components/report/open-report';
import { REPORT_NAMESPACES } from '@/utils/report/translate';

void mountPage(document.getElementById('app')!, ['audit', ...REPORT_NAMESPACES], () => (
  <SidePanelApp renderSummary={(page) => <PageReportSummary page={page} onOpenReport={(query) => void openReportPage(query)} />} />
));
