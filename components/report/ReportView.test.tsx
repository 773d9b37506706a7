import { describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, render, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { REPORT_NAMESPACES } from '@/utils/report/translate';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { buildReport } from '@/utils/report/build-report';
import { compareReports } from '@/utils/report/compare';
import { hostilePageAudit } from '@/tests/kits/report/hostile';
import { syntheticJourney, syntheticPage } from '@/tests/kits/report/synthetic-audits';
import type { Journey, PageAudit } from '@/utils/audit/types';
import { ReportView } from './ReportView';
import { ReportApp } from './ReportApp';
import { ReportSummary } from './ReportSummary';
import type { AuditLoader } from './load-audits';
import type { ExportFormat } from '@/utils/report/export/format';

// The report renders progressively (a section, then a few cards, per task); this machine is shared and slow.
configure({ asyncUtilTimeout: 20_000 });

const seriousOrWorse = (violations: axe.Result[]) =>
  violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));

async function withI18n(ui: preact.ComponentChildren, language = 'ko') {
  const i18n = createI18n(language, await loadResources(language, ['common', ...REPORT_NAMESPACES]));
  return render(<I18nProvider i18n={i18n}>{ui}</I18nProvider>);
}

describe('report page', { timeout: 60_000 }, () => {
  it('shows a journey report with every section, and is axe-clean', { timeout: 60_000 }, async () => {
    const { journey, pages } = syntheticJourney(3, 4);
    const report = buildReport({ kind: 'journey', journey, pages });
    const before = buildReport({ kind: 'page', audit: syntheticPage(0) });
    const { container, getByRole, findByRole } = await withI18n(
      <ReportView report={report} compare={{ before, comparison: compareReports(before, report) }} />,
    );
    // Sections appear one per task; all of them, in this order.
    for (const name of [
      '한 장 요약',
      '개선 전후 비교',
      '여정 지도',
      '발견한 문제 (규칙별)',
      '품질인증 보기 (KWCAG 2.2, 33개 항목 × 페이지)',
      'WCAG 2.2 요약',
      '검사 범위',
    ]) {
      await findByRole('heading', { level: 2, name });
    }
    expect([...container.querySelectorAll('h2')].map((h2) => h2.id)).toEqual([
      'summary',
      'compare',
      'journey',
      'findings',
      'kwcag',
      'wcag',
      'coverage',
    ]);
    // 4 rules a page: 4 changes.
    expect(getByRole('heading', { name: '가장 도움이 될 변경 4가지' })).toBeTruthy();
    expect(getByRole('heading', { name: '숫자 읽는 법' })).toBeTruthy();
    // Who is hurt, in plain statements (no blocker among these four rules).
    expect(container.querySelector('.statements li')?.textContent).toMatch(/^고령자: 어려움 \d+건/);
    // The heat map, the principle chart and the before/after chart, each a labelled picture.
    expect(container.querySelectorAll('svg[role="img"]').length).toBe(3);
    expect(seriousOrWorse((await axe.run(container)).violations)).toEqual([]);
  });

  it('switches language in place, charts and already-shown cards included', async () => {
    const report = buildReport({ kind: 'journey', ...syntheticJourney(3) });
    const ko = createI18n('ko', await loadResources('ko', ['common', ...REPORT_NAMESPACES]));
    const en = createI18n('en', await loadResources('en', ['common', ...REPORT_NAMESPACES]));
    const { findByRole, rerender, container } = render(
      <I18nProvider i18n={ko}>
        <ReportView report={report} />
      </I18nProvider>,
    );
    await findByRole('heading', { level: 2, name: '검사 범위' });
    rerender(
      <I18nProvider i18n={en}>
        <ReportView report={report} />
      </I18nProvider>,
    );
    await findByRole('heading', { level: 2, name: 'Coverage' });
    // Memoised charts and cards already on screen follow the new language too.
    const text = container.textContent ?? '';
    for (const english of ['Findings by person and step', 'How to read the numbers', 'Blocker']) expect(text).toContain(english);
    for (const korean of ['사람별·단계별 문제', '숫자 읽는 법', '막힘']) expect(text).not.toContain(korean);
  });

  it('renders hostile page text as text: no element from any payload', async () => {
    const report = buildReport({ kind: 'page', audit: hostilePageAudit() });
    const { container, findByRole } = await withI18n(<ReportView report={report} />, 'en');
    await findByRole('heading', { level: 2, name: 'Coverage' });
    // One card per rule: the hostile audit has its payloads spread over the synthetic rules.
    await waitFor(() =>
      expect(container.querySelectorAll('article.finding').length).toBe(
        buildReport({ kind: 'page', audit: hostilePageAudit() }).rules.length,
      ),
    );
    expect(container.querySelectorAll('img, script, iframe, object, embed').length).toBe(0);
    expect(container.querySelector('svg[onload]')).toBeNull();
    expect(container.textContent).toContain('<script>alert("title")</script>');
    expect(container.textContent).toContain('⟦U+202E⟧');
    expect(container.textContent).not.toContain('A'.repeat(1000));
  });

  it('shows one card per rule with its places per step, examples, fix, who acts, and every place behind a disclosure', async () => {
    const report = buildReport({ kind: 'journey', ...syntheticJourney(10) });
    const { container, findByRole, findByLabelText } = await withI18n(<ReportView report={report} />, 'en');
    const cards = () => container.querySelectorAll('section[aria-labelledby="findings"] article.finding');
    await waitFor(() => expect(cards().length).toBe(10));
    const alt = [...cards()].find((card) => card.textContent?.includes('image-alt')) as HTMLElement;
    expect(alt.textContent).toContain('Findings: 10 (places: 30)');
    expect(alt.textContent).toContain('Step 1 3 places');
    expect(alt.querySelectorAll('.occurrence').length).toBe(3);
    expect(alt.textContent).toContain('Who acts');
    expect(alt.textContent).toContain('Certain');
    expect(alt.querySelector('pre code')?.textContent).toContain('alt=');
    // The full list renders when opened, a page at a time.
    const details = alt.querySelector('details') as HTMLDetailsElement;
    expect(details.querySelector('summary')?.textContent).toBe('Show every place (30)');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(details.querySelectorAll('ol li').length).toBe(30));
    fireEvent.change(await findByLabelText(/View/), { target: { value: 'persona' } });
    expect(await findByRole('heading', { level: 3, name: 'Older people' })).toBeTruthy();
  });

  it('shows the 품질인증 view: 33 items × pages, a status and its evidence in every cell', async () => {
    const report = buildReport({ kind: 'journey', ...syntheticJourney(3) });
    const { container, findByRole } = await withI18n(<ReportView report={report} />);
    await findByRole('heading', { level: 2, name: '품질인증 보기 (KWCAG 2.2, 33개 항목 × 페이지)' });
    const rows = container.querySelectorAll('table.cert-matrix tbody tr');
    expect(rows).toHaveLength(33);
    const altRow = [...rows].find((row) => row.querySelector('th')?.textContent === '1.1.1 (5.1.1)')!;
    expect([...altRow.querySelectorAll('td')].slice(1, 5).map((cell) => cell.querySelector('.cert')?.textContent)).toEqual([
      '부적합',
      '부적합',
      '부적합',
      '부적합',
    ]);
    expect(altRow.textContent).toContain('image-alt');
    const order = [...rows].find((row) => row.querySelector('th')?.textContent?.startsWith('1.3.2'))!;
    expect(order.textContent).toContain('사람만 판단할 수 있는 항목');
  });

  it('asks the open tab to highlight a finding and says what happened', async () => {
    const onHighlight = vi.fn(async (_url: string, _target: string[], open?: boolean) =>
      open ? { shown: true, reason: 'shown' as const, tabId: 9 } : { shown: false, reason: 'no-tab' as const },
    );
    const report = buildReport({ kind: 'page', audit: syntheticPage(0) });
    const { findAllByRole, findByText, findByRole } = await withI18n(<ReportView report={report} onHighlight={onHighlight} />, 'en');
    fireEvent.click((await findAllByRole('button', { name: 'Show this element in the open tab' }))[0]!);
    expect(onHighlight).toHaveBeenCalledWith('https://www.example.go.kr/service/step-0.html', expect.any(Array), false);
    await findByText('No open tab shows this page.');
    // Truthful, and one press from fixing it: open the page and show the element there.
    fireEvent.click(await findByRole('button', { name: 'Open this page' }));
    expect(onHighlight).toHaveBeenLastCalledWith('https://www.example.go.kr/service/step-0.html', expect.any(Array), true);
    await findByText('Shown in the open tab.');
  });

  it('offers every export as a download', async () => {
    const makeExport = vi.fn(() => ({ name: 'r.csv', type: 'text/csv', content: 'a' }));
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const report = buildReport({ kind: 'page', audit: syntheticPage(0) });
    const { getByRole, findByText } = await withI18n(<ReportView report={report} makeExport={makeExport} />, 'en');
    for (const name of [
      'HTML report',
      'JSON (raw audit)',
      'CSV (Excel)',
      'Excel (certification table)',
      'SARIF (code scanning)',
      'Markdown (for an issue)',
      'One-page summary (A4)',
    ]) {
      fireEvent.click(getByRole('button', { name }));
      // Said before the file is made, and again when it is ready.
      await findByText(`Preparing the ${name} file…`);
      await findByText('r.csv is ready.');
    }
    expect(makeExport.mock.calls.map((call) => ((call as unknown[])[0] as ExportFormat).id)).toEqual([
      'html',
      'json',
      'csv',
      'xlsx',
      'sarif',
      'markdown',
      'summary',
    ]);
  });
});

describe('ReportApp', { timeout: 60_000 }, () => {
  it('loads a journey through the loader and compares it with an earlier one', async () => {
    const after = syntheticJourney(3);
    const before = syntheticJourney(3);
    const beforeJourney: Journey = { ...before.journey, id: 'before' };
    const beforePages: PageAudit[] = before.pages.map((page) => ({
      ...page,
      id: `before-${page.id}`,
      findings: [...page.findings, { ...page.findings[0]!, id: 'gone' }],
    }));
    beforeJourney.pages = beforePages.map((page) => page.id);
    const pages = new Map([...after.pages, ...beforePages].map((page) => [page.id, page]));
    const loader: AuditLoader = {
      page: async (id) => pages.get(id)!,
      journey: async (id) => (id === 'before' ? beforeJourney : id === after.journey.id ? after.journey : null),
    };
    const { findByText, findByRole } = await withI18n(
      <ReportApp params={{ kind: 'journey', id: after.journey.id, compare: 'before' }} loader={loader} />,
      'en',
    );
    // 'gone' was a second image-alt component on every earlier page: the rule is still there, in fewer places.
    await findByText('Rules: Fixed 0, Improved 1, Remaining 9, New 0', { selector: '.one-page p' });
    expect(await findByRole('heading', { level: 3, name: /^Improved \(1\)/ })).toBeTruthy();
  });

  it('shows how far loading a long journey has come, then the report', async () => {
    const { journey, pages } = syntheticJourney(10);
    const byId = new Map(pages.map((page) => [page.id, page]));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    const loader: AuditLoader = {
      // The first half arrives at once; the rest waits, so the page stays mid-way.
      page: async (id) => {
        if (++asked > 5) await held;
        return byId.get(id)!;
      },
      journey: async () => journey,
    };
    const { findByRole, getByRole } = await withI18n(
      <ReportApp params={{ kind: 'journey', id: journey.id, compare: null }} loader={loader} />,
      'en',
    );
    await waitFor(() => expect((getByRole('progressbar') as HTMLProgressElement).value).toBe(50));
    expect(getByRole('status').textContent).toBe('Loading the audited pages… 50%');
    release();
    await findByRole('heading', { level: 2, name: 'Findings (by rule)' });
  });

  it('makes the workbook on the page when the export worker fails, and only the workbook goes to the worker', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const audit = syntheticPage(0);
    const loader: AuditLoader = { page: async () => audit, journey: async () => null };
    const exportOffThread = vi.fn(() => Promise.reject(new Error('The export worker failed.')));
    const { findByRole, findByText } = await withI18n(
      <ReportApp params={{ kind: 'page', id: audit.id, compare: null }} loader={loader} exportOffThread={exportOffThread} />,
      'en',
    );
    fireEvent.click(await findByRole('button', { name: 'Excel (certification table)' }));
    await findByText(/\.xlsx is ready\.$/);
    expect(exportOffThread).toHaveBeenCalledWith(expect.objectContaining({ id: 'xlsx' }), expect.objectContaining({ language: 'en' }));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/making the file on the page instead/), expect.any(Error));
    fireEvent.click(await findByRole('button', { name: 'CSV (Excel)' }));
    await findByText(/\.csv is ready\.$/);
    expect(exportOffThread).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('says so when the audit is missing', async () => {
    const loader: AuditLoader = { page: async () => Promise.reject(new Error('missing')), journey: async () => null };
    const { findByText } = await withI18n(<ReportApp params={{ kind: 'page', id: 'nope', compare: null }} loader={loader} />, 'en');
    await findByText('No audit found. Audit the page again from the side panel.');
  });
});

describe('ReportSummary (side panel)', { timeout: 60_000 }, () => {
  it('summarises the page and opens the full report', async () => {
    const onOpen = vi.fn();
    const page = syntheticPage(0);
    const { getByRole, container } = await withI18n(<ReportSummary source={{ kind: 'page', audit: page }} onOpenReport={onOpen} />);
    fireEvent.click(getByRole('button', { name: '전체 보고서 열기' }));
    expect(onOpen).toHaveBeenCalledWith('audit=audit-0');
    expect(container.querySelector('.totals')?.textContent).toBe('페이지 1개 · 문제 10건(20곳) · 확인 필요 0건(0곳) · 규칙 10개');
    await waitFor(() => expect(container.querySelectorAll('ol li').length).toBe(3));
    expect(seriousOrWorse((await axe.run(container)).violations)).toEqual([]);
  });
});
