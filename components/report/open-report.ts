import { browser } from 'wxt/browser';

/** Opens the full report page in a new tab, e.g. `openReportPage('audit=<id>')` or `'journey=<id>&compare=<id>'`. */
export async function openReportPage(query: string): Promise<void> {
  await browser.tabs.create({ url: `${browser.runtime.getURL('/report.html')}?${query}` });
}
