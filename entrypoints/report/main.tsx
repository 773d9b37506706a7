import '@/components/pages/page.css';
import { browser } from 'wxt/browser';
import { mountPage } from '@/components/pages/mount-page';
import { ReportApp } from '@/components/report/ReportApp';
import { readParams } from '@/components/report/load-audits';
import { highlightThroughBackground, messageLoader } from '@/components/report/extension-loader';
import { exportInWorker } from '@/components/report/export/off-thread';
import { REPORT_CSS } from '@/utils/report/report-styles';
import { REPORT_NAMESPACES } from '@/utils/report/translate';

const style = document.createElement('style');
style.textContent = REPORT_CSS;
document.head.append(style);

const params = readParams(location.search);
const loader = messageLoader(browser.runtime);
const onHighlight = highlightThroughBackground(browser.runtime);
void mountPage(document.getElementById('app')!, [...REPORT_NAMESPACES], () => (
  <ReportApp
    params={params}
    loader={loader}
    onHighlight={onHighlight}
    exportOffThread={params?.exportsOnPage ? undefined : exportInWorker}
  />
));
