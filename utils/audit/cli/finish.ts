import { mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Translate } from '../../report/translate.ts';
import { redactTree } from '../redact.ts';
import { SCHEMA_VERSION, type Journey, type PageAudit, type Severity } from '../types.ts';
import type { Format } from './args.ts';
import { reportFiles } from './exporters.ts';
import type { RunOutput } from './merge.ts';
import { AUDIT_FILE, RUN_FILE } from './output.ts';
import { journeyRecord, type Failure, type RunRecord } from './record.ts';
import { runReports, type Numbering } from './reports.ts';
import { countedLines, openLines, scanStream, type LineReader, STREAM_FILE, type JourneyLine, type LineIndex } from './stream/lines.ts';
import type { RunState } from './stream/state.ts';
import { pagesOf } from './targets.ts';
import { formatSummary, reachesLevel, type SummaryEntry } from './summary.ts';

export interface FinishOptions {
  formats: readonly Format[];
  failOn: Severity | null;
  language: string;
  t: Translate;
  baseline?: RunOutput;
}

export interface Finished {
  summary: string;
  files: string[];
  failures: number;
  /** A failed finding reached --fail-on. */
  failedOn: boolean;
  /** Pages of the list not yet audited (the run was interrupted). */
  notYet: number;
}

/**
 * Builds a run's files from its stream (audit.jsonl): audit.json (the audit schema, importable in
 * the extension), run.json (what could not be audited, and why), and the report files of every
 * asked format, through the report module's own export formats. Memory stays flat: the stream is
 * scanned once for where each line is (unless the run that wrote it says), and then read once
 * more, a line at a time through one buffer: a page's audit is copied into audit.json as its
 * line's bytes, and its report built and dropped once written; only each report's totals are
 * kept, for the summary.
 */
export async function finishRun(
  dir: string,
  out: string,
  state: RunState,
  options: FinishOptions,
  /** The stream's lines when the caller knows them (the run that wrote them): not scanned again. */
  written?: readonly LineIndex[],
): Promise<Finished> {
  const stream = join(dir, STREAM_FILE);
  const scan = written ? { lines: written, torn: false } : await scanStream(stream);
  const reader = openLines(stream);
  try {
    return await finishFrom(reader, scan, out, state, options);
  } finally {
    await reader.close();
  }
}

async function finishFrom(
  reader: LineReader,
  scan: { lines: readonly LineIndex[]; torn: boolean },
  out: string,
  state: RunState,
  options: FinishOptions,
): Promise<Finished> {
  const notes = [...state.notes];
  if (scan.torn)
    notes.push(`The last line of ${STREAM_FILE} was cut off (the run was stopped while writing it); --resume audits that page again.`);
  const lines = countedLines(scan.lines).sort((a, b) => a.order - b.order || (a.step ?? 0) - (b.step ?? 0));

  const journeys = lines.filter((line) => line.type === 'journey');
  const stepsOf = (id: string) => lines.filter((line) => line.type !== 'journey' && line.journeyId === id);
  const pageLines = lines.filter((line) => line.type === 'page');
  const failures: Failure[] = lines
    .filter((line) => line.type === 'not-audited')
    .map((line) => {
      const journey = line.journeyId ? journeys.find((entry) => entry.id === line.journeyId) : undefined;
      return {
        given: line.given!,
        url: line.url!,
        error: line.reason!,
        kind: line.kind,
        ...(journey ? { journey: journey.key, journeyId: line.journeyId, step: line.step } : {}),
      };
    });
  // Journey names for the failures (the line index keeps only keys).
  const journeyLines = new Map<string, JourneyLine>();
  // Sequential: the reader's one buffer serves one line at a time.
  const auditsOf = async (lines: readonly LineIndex[]) => {
    const pages: PageAudit[] = [];
    for (const line of lines) pages.push((await reader.readForReport(line)).audit);
    return pages;
  };
  for (const line of journeys) journeyLines.set(line.id!, (await reader.read(line)) as JourneyLine);
  for (const failure of failures) if (failure.journeyId) failure.journey = journeyLines.get(failure.journeyId)?.name;

  const exportedAt = new Date().toISOString();
  const doneKeys = new Set(lines.map((line) => line.key));
  const notYet = state.units ? pagesOf(state.units.filter((unit) => !doneKeys.has(unit.key))).length : 0;
  const run: RunRecord = {
    format: 'dotbogi-audit-run',
    startedAt: state.startedAt,
    finishedAt: state.status === 'finished' ? state.updatedAt : exportedAt,
    chromium: state.chromium,
    shards: state.mergedShards ?? (state.shard ? [state.shard] : []),
    pagesRequested: pageLines.length + failures.length + notYet,
    pagesAudited: pageLines.length,
    ...(notYet ? { pagesNotYetAudited: notYet } : {}),
    failures,
    labels: Object.fromEntries([...journeyLines.values()].flatMap((line) => (line.label ? [[line.id, line.label]] : []))),
    status: state.status,
    notes,
    settings: state.settings,
  };
  if (notYet)
    notes.push(`The run is not finished: ${notYet} page${notYet === 1 ? '' : 's'} of its list not audited yet. Continue it with --resume.`);

  await mkdir(out, { recursive: true });
  // Report files of an earlier build of this folder (report DIR run twice) would otherwise linger with stale numbers.
  for (const name of await readdir(out)) if (name.startsWith('report-')) await rm(join(out, name), { force: true });
  const files: string[] = [];

  // Reports: all journeys together (the demo's before/after compare with each other), then each page on its own.
  const entries: SummaryEntry[] = [];
  const statuses: Pick<PageAudit, 'status'>[] = [];
  const reportNames: string[] = [];
  let failedOn = false;
  const numbering: Numbering = { journeys: 0, pages: 0 };
  const slice = async (pages: PageAudit[], journeySlice: Journey[]) => {
    const output: RunOutput = {
      audits: { format: 'dotbogi-audits', schemaVersion: SCHEMA_VERSION, exportedAt, journeys: journeySlice, pages },
      run: { ...run, failures: failures.filter((failure) => journeySlice.some((journey) => journey.id === failure.journeyId)) },
    };
    const reports = runReports(output, options.baseline, numbering);
    numbering.journeys += reports.filter((entry) => entry.source.kind === 'journey' && !entry.runLabel).length;
    numbering.pages += reports.filter((entry) => entry.source.kind === 'page').length;
    for (const file of await reportFiles(output, reports, options.formats, options)) {
      await writeFile(join(out, file.name), file.content);
      reportNames.push(file.name);
    }
    for (const entry of reports)
      entries.push({
        name: entry.name,
        runLabel: entry.runLabel,
        source: { kind: entry.source.kind },
        // Only what the summary counts: a long run keeps one small entry per page.
        report: {
          counts: entry.report.counts,
          rules: entry.report.rules.flatMap(({ ruleId, findings }) => (findings > 0 ? [{ ruleId, findings }] : [])),
        },
        ...(entry.compare ? { compare: { comparison: entry.compare.comparison } } : {}),
      });
    statuses.push(...pages.map(({ status }) => ({ status })));
    if (options.failOn && reachesLevel(output.audits, options.failOn)) failedOn = true;
  };

  // audit.json, written as it is built, and each page's report built from the same reading of its
  // line: one page at a time. A page's audit goes into audit.json as the bytes of its line, not
  // parsed and written again (the heaviest pages' lines are megabytes).
  const auditFile = await open(join(out, AUDIT_FILE), 'w');
  try {
    await auditFile.write(
      `{"format":"dotbogi-audits","schemaVersion":${SCHEMA_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"journeys":[`,
    );
    const journeyRecords: Journey[] = [];
    for (const [index, line] of journeys.entries()) {
      const pages = await auditsOf(stepsOf(line.id!).filter((step) => step.type === 'page'));
      const journey = journeyRecord(journeyLines.get(line.id!)!, pages);
      journeyRecords.push(journey);
      // Redacted on the way out, like every export; the pages were when they were streamed (outcome-line.ts).
      await auditFile.write(`${index ? ',' : ''}${JSON.stringify(redactTree(journey))}`);
    }
    const inJourney = new Set(journeys.flatMap((line) => stepsOf(line.id!).map((step) => step.offset)));
    if (journeyRecords.length) await slice(await auditsOf(pageLines.filter((line) => inJourney.has(line.offset))), journeyRecords);
    await auditFile.write('],"pages":[');
    for (const [index, line] of pageLines.entries()) {
      if (index) await auditFile.write(',');
      await auditFile.write(await reader.auditBytes(line));
      if (!inJourney.has(line.offset)) await slice([(await reader.readForReport(line)).audit], []);
    }
    await auditFile.write(']}\n');
  } finally {
    await auditFile.close();
  }
  files.push(AUDIT_FILE);
  await writeFile(join(out, RUN_FILE), `${JSON.stringify(redactTree(run), null, 2)}\n`);
  files.push(RUN_FILE, ...reportNames);

  const summary = formatSummary({ pages: statuses }, entries, run, options.t);
  return { summary, files, failures: failures.length, failedOn, notYet };
}
