import { useEffect, useState } from 'preact/hooks';
import { auditedPages, buildReportInSlices, type ReportSource } from '@/utils/report/build-report';
import { compareReports } from '@/utils/report/compare';
import { exportFile, type ExportFormat } from '@/utils/report/export/format';
import { unpackPageAudit } from '@/utils/audit/packed-axe';
import type { Comparison, Report } from '@/utils/report/types';
import { evidence, MAX_TITLE } from '@/utils/report/text';
import type { HighlightHandler } from './RuleCard';
import { loadSource, type AuditLoader, type ReportParams } from './load-audits';
import { ReportView } from './ReportView';
import { ReportProgressBar, progressStatus, progressUpdates, type Progress } from './ReportProgress';
import { useReportT } from './use-report-t';
import type { ExportOffThread } from './export/off-thread';
import { problemOf, type AuditProblem } from '@/utils/audit/problem';
import { problemText } from '@/utils/report/problem-text';

type State =
  | { kind: 'loading'; progress: Progress | null }
  /** `problem`: why, when the background said (deleted, missing, unreadable); else "not found". */
  | { kind: 'failed'; problem?: AuditProblem }
  | { kind: 'ready'; source: ReportSource; report: Report; compare?: { source: ReportSource; before: Report; comparison: Comparison } };

/** The report page: loads the audits named in the URL, builds the report in slices, shows it. */
export function ReportApp({
  params,
  loader,
  onHighlight,
  exportOffThread,
}: {
  params: ReportParams | null;
  loader: AuditLoader;
  onHighlight?: HighlightHandler;
  /** Makes formats marked `thread: 'worker'` off this thread (the page: a worker); without it, all are made here. */
  exportOffThread?: ExportOffThread;
}) {
  const { t, language, dir } = useReportT();
  const [state, setState] = useState<State>({ kind: 'loading', progress: null });

  useEffect(() => {
    if (!params) return setState({ kind: 'failed' });
    let cancelled = false;
    void (async () => {
      try {
        // Each phase moves the same bar from 0 to 100; with a comparison, the earlier audit's phases follow.
        const progress = (phase: Progress['phase']) =>
          progressUpdates(phase, (next) => {
            if (!cancelled) setState({ kind: 'loading', progress: next });
          });
        const source = await loadSource(loader, params.kind, params.id, progress('pages'));
        performance.mark('dotbogi-report:loaded');
        // Signals are extra evidence: a report without them is still the report.
        const signals = (await loader.signals?.().catch(() => [])) ?? [];
        const report = await buildReportInSlices(source, { signals }, { onProgress: progress('building') });
        performance.mark('dotbogi-report:built');
        let compare: Extract<State, { kind: 'ready' }>['compare'];
        if (params.compare) {
          const beforeSource = await loadSource(loader, params.compareKind ?? params.kind, params.compare, progress('pages'));
          const before = await buildReportInSlices(beforeSource, {}, { onProgress: progress('building') });
          compare = { source: beforeSource, before, comparison: compareReports(before, report) };
        }
        if (!cancelled) setState({ kind: 'ready', source, report, compare });
      } catch (error) {
        const problem = problemOf(error);
        if (!cancelled) setState({ kind: 'failed', ...(problem && { problem }) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [params?.kind, params?.id, params?.compare, params?.compareKind]);

  const name = state.kind === 'ready' ? state.report.name : null;
  useEffect(() => {
    document.title = name === null ? t('title') : t('export.fileTitle', { name: evidence(name, MAX_TITLE) });
  }, [name, language]);

  if (state.kind !== 'ready') {
    return (
      <main class="report" lang={language} dir={dir}>
        <h1>{t('title')}</h1>
        {state.kind === 'loading' && state.progress && <ReportProgressBar progress={state.progress} />}
        <p role="status" aria-live="polite">
          {state.kind === 'loading'
            ? progressStatus(t, state.progress)
            : state.problem
              ? problemText(t, state.problem, language)
              : t('notFound')}
        </p>
      </main>
    );
  }
  const { source, report, compare } = state;
  const makeExport = async (format: ExportFormat) => {
    // A long journey's workbook takes seconds: made in a worker, the page keeps answering meanwhile.
    // A worker that cannot start or fails leaves the file to this thread: slower, but the person gets it.
    if (format.thread === 'worker' && exportOffThread) {
      const file = await exportOffThread(format, {
        report,
        language,
        dir,
        journeys: [],
        pages: [],
        compare: compare && { before: compare.before, comparison: compare.comparison },
      }).catch((error: unknown) => {
        console.warn('Dotbogi: the export worker failed; making the file on the page instead.', error);
        return null;
      });
      if (file) return file;
    }
    return exportFile(format, {
      report,
      t,
      language,
      dir,
      journeys: [
        ...(source.kind === 'journey' ? [source.journey] : []),
        ...(compare?.source.kind === 'journey' ? [compare.source.journey] : []),
      ],
      // Only an export of the audits themselves carries axe's raw results, and only it pays for unpacking them.
      pages:
        format.content === 'audits'
          ? await Promise.all([...auditedPages(source), ...(compare ? auditedPages(compare.source) : [])].map(unpackPageAudit))
          : [],
      compare: compare && { before: compare.before, comparison: compare.comparison },
    });
  };
  // A journey's pages were audited in its tab: try that tab first while it still shows the page.
  const journeyTab = source.kind === 'journey' ? source.journey.tabId : undefined;
  const highlight: HighlightHandler | undefined =
    onHighlight && ((url, target, open, tabId) => onHighlight(url, target, open, tabId ?? journeyTab));
  return <ReportView report={report} compare={compare} onHighlight={highlight} makeExport={makeExport} />;
}
