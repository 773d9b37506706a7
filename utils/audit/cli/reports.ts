import { buildReport, type ReportSource, type StepSource } from '../../report/build-report.ts';
import { compareReports } from '../../report/compare.ts';
import type { Comparison, Report } from '../../report/types.ts';
import type { AuditExport } from '../types.ts';
import type { RunOutput } from './merge.ts';

/** One report of a run: a journey, or a page outside any journey. */
export interface RunReport {
  /** File name part: "before", "after", "journey-2", "page-7". */
  label: string;
  /** Journey name or page address, for people. */
  name: string;
  /** Journey label given by the run (the demo's "before"/"after"), if any. */
  runLabel?: string;
  source: ReportSource;
  report: Report;
  compare?: { before: Report; beforeSource: ReportSource; comparison: Comparison };
}

/**
 * The reports of a run, each built once and shared by the summary printed on the terminal and
 * by every export file, so the CLI and the files state the same numbers. With a baseline (an
 * earlier run's output folder, `--baseline DIR`), each report is compared with its counterpart
 * there; without one, a run that holds journeys labelled "before" and "after" (the demo)
 * compares those.
 */
export function runReports(output: RunOutput, baseline?: RunOutput, numbering: Numbering = { journeys: 0, pages: 0 }): RunReport[] {
  const reports = reportsOf(output, numbering);
  if (baseline) {
    let earlier = baselineReports.get(baseline);
    if (!earlier) baselineReports.set(baseline, (earlier = reportsOf(baseline, { journeys: 0, pages: 0 })));
    for (const entry of reports) {
      const match = counterpart(entry, earlier, reports);
      if (match)
        entry.compare = { before: match.report, beforeSource: match.source, comparison: compareReports(match.report, entry.report) };
    }
    return reports;
  }
  const before = reports.find((entry) => entry.runLabel === 'before');
  const after = reports.find((entry) => entry.runLabel === 'after');
  if (before && after)
    after.compare = { before: before.report, beforeSource: before.source, comparison: compareReports(before.report, after.report) };
  return reports;
}

/** A baseline's reports, built once however many slices of a run are compared with them. */
const baselineReports = new WeakMap<RunOutput, RunReport[]>();

/**
 * Report numbers already given (journey-N, page-N): a long run's reports are built a few at a
 * time from its stream (finish.ts), and keep counting where the previous ones stopped.
 */
export interface Numbering {
  journeys: number;
  pages: number;
}

function reportsOf({ audits, run }: RunOutput, numbering: Numbering): RunReport[] {
  const byId = new Map(audits.pages.map((page) => [page.id, page]));
  const inJourney = new Set(audits.journeys.flatMap((journey) => journey.pages));
  let journeyNumber = numbering.journeys;
  let pageNumber = numbering.pages;
  const journeys = audits.journeys.map((journey): RunReport => {
    const failed = run.failures.filter((failure) => failure.journeyId === journey.id);
    const source: ReportSource = { kind: 'journey', journey, pages: stepsOf(journey, byId, failed) };
    const runLabel = run.labels[journey.id];
    return { label: runLabel ?? `journey-${++journeyNumber}`, name: journey.name, runLabel, source, report: buildReport(source) };
  });
  const pages = audits.pages
    .filter((page) => !inJourney.has(page.id))
    .map((audit): RunReport => {
      const source: ReportSource = { kind: 'page', audit };
      return { label: `page-${++pageNumber}`, name: audit.url, source, report: buildReport(source) };
    });
  return [...journeys, ...pages];
}

/** A journey's steps in order, a step that could not be audited in its place (as "검사하지 못함"). */
function stepsOf(
  journey: AuditExport['journeys'][number],
  byId: Map<string, AuditExport['pages'][number]>,
  failed: RunOutput['run']['failures'],
): StepSource[] {
  const audited = journey.pages.flatMap((id) => byId.get(id) ?? []);
  const steps: StepSource[] = [];
  const total = audited.length + failed.length;
  let next = 0;
  for (let step = 0; step < total; step++) {
    const failure = failed.find((entry) => entry.step === step);
    if (failure) steps.push({ notAudited: true, url: failure.url, reason: failure.error });
    else if (next < audited.length) steps.push(audited[next++]!);
  }
  // Failures without a known step (older run.json files) go last rather than vanish.
  for (const failure of failed.filter((entry) => entry.step === undefined || entry.step >= total))
    steps.push({ notAudited: true, url: failure.url, reason: failure.error });
  return steps;
}

/** The earlier run's report of the same thing: the journey with the same label or name, or the page at the same address. */
function counterpart(entry: RunReport, earlier: readonly RunReport[], current: readonly RunReport[]): RunReport | undefined {
  if (entry.source.kind === 'page') {
    const url = entry.source.audit.url;
    return earlier.find((candidate) => candidate.source.kind === 'page' && candidate.source.audit.url === url);
  }
  const byLabel = entry.runLabel ? earlier.find((candidate) => candidate.runLabel === entry.runLabel) : undefined;
  if (byLabel) return byLabel;
  const byName = earlier.filter((candidate) => candidate.source.kind === 'journey' && candidate.name === entry.name);
  if (byName.length === 1) return byName[0];
  // One journey on each side: they are the same task, whatever it was called.
  const journeys = earlier.filter((candidate) => candidate.source.kind === 'journey');
  const ours = current.filter((candidate) => candidate.source.kind === 'journey');
  return journeys.length === 1 && ours.length === 1 ? journeys[0] : undefined;
}
