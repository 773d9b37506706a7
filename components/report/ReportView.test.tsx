import { describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, render, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
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
  const i18n = createI18n(language, await loadResources(language, ['common', 'report']));
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
      '요약',
      '단계별 어려움',
      '발견한 문제',
      'KWCAG 2.2 검사 항목 (33개)',
      'WCAG 2.2 요약',
      '검사 범위',
      '개선 전후 비교',
    ]) {
      await findByRole('heading', { level: 2, name });
    }
    expect(getByRole('heading', { name: '가장 도움이 될 변경 5가지' })).toBeTruthy();
    expect(container.querySelectorAll('svg[role="img"]').length).toBe(4);
    expect(seriousOrWorse((await axe.run(container)).violations)).toEqual([]);
  });

  it('switches language in place, charts and already-shown cards included', async () => {
    const report = buildReport({ kind: 'journey', ...syntheticJourney(3) });
    const ko = createI18n('ko', await loadResources('ko', ['common', 'report']));
    const en = createI18n('en', await loadResources('en', ['common', 'report']));
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
    for (const english of ['Problem score by person', 'Findings at each step', 'Show more']) expect(text).toContain(english);
    for (const korean of ['사람별 문제 점수', '단계별 문제 수', '더 보기']) expect(text).not.toContain(korean);
  });

  it('renders hostile page text as text: no element from any payload', async () => {
    const report = buildReport({ kind: 'page', audit: hostilePageAudit() });
    const { container, findByRole } = await withI18n(<ReportView report={report} />, 'en');
    await findByRole('heading', { level: 2, name: 'Coverage' });
    await waitFor(() => expect(container.querySelectorAll('article.finding').length).toBe(13));
    expect(container.querySelectorAll('img, script, iframe, object, embed').length).toBe(0);
    expect(container.querySelector('svg[onload]')).toBeNull();
    expect(container.textContent).toContain('<script>alert("title")</script>');
    expect(container.textContent).toContain('⟦U+202E⟧');
    expect(container.textContent).not.toContain('A'.repeat(1000));
  });

  it('shows findings a page at a time, and switches to a view by person', async () => {
    const report = buildReport({ kind: 'journey', ...syntheticJourney(10) });
    const { container, findByRole, findByLabelText } = await withI18n(<ReportView report={report} />, 'en');
    const findings = () => container.querySelectorAll('section[aria-labelledby="findings"] article.finding').length;
    await waitFor(() => expect(findings()).toBe(20));
    const section = container.querySelector('section[aria-labelledby="findings"]') as HTMLElement;
    fireEvent.click(within(section).getAllByRole('button', { name: 'Show more' }).at(-1)!);
    await waitFor(() => expect(findings()).toBe(40));
    fireEvent.change(await findByLabelText(/View/), { target: { value: 'persona' } });
    expect(await findByRole('heading', { level: 3, name: 'Older people' })).toBeTruthy();
  });

  it('asks the open tab to highlight a finding and says what happened', async () => {
    const onHighlight = vi.fn(async () => false);
    const report = buildReport({ kind: 'page', audit: syntheticPage(0) });
    const { findAllByRole, findByText } = await withI18n(<ReportView report={report} onHighlight={onHighlight} />, 'en');
    fireEvent.click((await findAllByRole('button', { name: 'Show this element in the open tab' }))[0]!);
    expect(onHighlight).toHaveBeenCalledWith('https://www.example.go.kr/service/step-0.html', expect.any(Array));
    await findByText('No open tab shows this page.');
  });

  it('offers every export as a download', async () => {
    const makeExport = vi.fn(() => ({ name: 'r.csv', type: 'text/csv', content: 'a' }));
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const report = buildReport({ kind: 'page', audit: syntheticPage(0) });
    const { getByRole, findByText } = await withI18n(<ReportView report={report} makeExport={makeExport} />, 'en');
    for (const name of ['HTML report', 'JSON (raw audit)', 'CSV (Excel)', 'SARIF (code scanning)', 'Markdown (for an issue)']) {
      fireEvent.click(getByRole('button', { name }));
      // Said before the file is made, and again when it is ready.
      await findByText(`Preparing the ${name} file…`);
      await findByText('r.csv is ready.');
    }
    expect(makeExport.mock.calls.map((call) => ((call as unknown[])[0] as ExportFormat).id)).toEqual([
      'html',
      'json',
      'csv',
      'sarif',
      'markdown',
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
    const { findByText, getByRole } = await withI18n(
      <ReportApp params={{ kind: 'journey', id: after.journey.id, compare: 'before' }} loader={loader} />,
      'en',
    );
    // 3 pages: 5 template findings + 5 of each page's own persist; 'gone' was only in the earlier audit.
    await findByText('1 fixed, 0 new, 20 still there');
    expect(getByRole('heading', { level: 3, name: 'Fixed (1)' })).toBeTruthy();
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
    await findByRole('heading', { level: 2, name: 'Findings' });
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
    await waitFor(() => expect(container.querySelectorAll('ol li').length).toBe(6));
    expect(seriousOrWorse((await axe.run(container)).violations)).toEqual([]);
  });
});
