import { journeyFindings } from '../journey-findings.ts';
import { kwcagMatrix } from '../kwcag-matrix.ts';
import { SCHEMA_VERSION, type AuditExport, type Journey } from '../types.ts';
import type { AuditorResult } from './auditor.ts';
import type { Shard } from './shard.ts';

/** A target the CLI could not audit, and why (unreachable, HTTP error, audit error). */
export interface Failure {
  given: string;
  url: string;
  error: string;
  /** The journey's name, and the 0-based step it was (the report shows it there as "검사하지 못함"). */
  journey?: string;
  journeyId?: string;
  step?: number;
}

/**
 * `run.json`, written next to `audit.json`: what the run was asked to do and what it could not
 * do. `audit.json` holds only the audit schema (an AuditExport), so any tool that reads the
 * extension's export reads the CLI's output too.
 */
export interface RunRecord {
  format: 'dotbogi-audit-run';
  startedAt: string;
  finishedAt: string;
  chromium: string;
  shards: Shard[];
  /** Pages the run was asked to audit (audited + failed). */
  pagesRequested: number;
  failures: Failure[];
  /** Journey labels ("before"/"after" for the demo) by journey id, for the comparison. */
  labels: Record<string, string>;
}

/**
 * The run in the audit schema. A journey's own findings (consistent help, redundant entry…) and
 * its KWCAG matrix come from the audit engine's journey checks, exactly as when the extension
 * stops recording a journey (utils/background/journey.ts).
 */
export function buildExport(result: AuditorResult, exportedAt: string, language: string): AuditExport {
  const journeys: Journey[] = result.journeys.map((run) => {
    const pages = result.pages.flatMap((page) => (page.journeyId === run.id && page.audit ? [page.audit] : []));
    const { findings, rules } = journeyFindings(pages, language);
    return {
      schemaVersion: SCHEMA_VERSION,
      id: run.id,
      name: run.name,
      tabId: run.tabId,
      status: 'stopped',
      startedAt: run.startedAt,
      endedAt: run.endedAt,
      pages: pages.map((page) => page.id),
      findings,
      kwcag: kwcagMatrix([...pages.flatMap((page) => page.rules), ...rules]),
    };
  });
  return {
    format: 'dotbogi-audits',
    schemaVersion: SCHEMA_VERSION,
    exportedAt,
    journeys,
    pages: result.pages.flatMap((page) => (page.audit ? [page.audit] : [])),
  };
}

export function buildRunRecord(
  result: AuditorResult,
  details: { startedAt: string; finishedAt: string; chromium: string; shard: Shard | null },
): RunRecord {
  const names = new Map(result.journeys.map((run) => [run.id, run.name]));
  return {
    format: 'dotbogi-audit-run',
    startedAt: details.startedAt,
    finishedAt: details.finishedAt,
    chromium: details.chromium,
    shards: details.shard ? [details.shard] : [],
    pagesRequested: result.pages.length,
    failures: result.pages.flatMap((page) =>
      page.error === undefined
        ? []
        : [
            {
              given: page.target.given,
              url: page.target.url,
              error: page.error,
              ...(page.journeyId
                ? {
                    journey: names.get(page.journeyId),
                    journeyId: page.journeyId,
                    // A journey's steps run in order in one tab, so its pages finish in step order.
                    step: result.pages.filter((other) => other.journeyId === page.journeyId).indexOf(page),
                  }
                : {}),
            },
          ],
    ),
    labels: Object.fromEntries(result.journeys.flatMap((run) => (run.label ? [[run.id, run.label]] : []))),
  };
}
