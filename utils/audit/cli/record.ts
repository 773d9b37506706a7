import { journeyFindings } from '../journey-findings.ts';
import { kwcagMatrix } from '../kwcag-matrix.ts';
import { SCHEMA_VERSION, type Journey, type PageAudit } from '../types.ts';
import type { FailureKind } from './failure-kind.ts';
import type { Shard } from './shard.ts';
import type { AuditSettings } from './stream/state.ts';
import type { JourneyLine } from './stream/lines.ts';

/** A target the CLI could not audit, and why (unreachable, HTTP error, robots.txt, a download, audit error). */
export interface Failure {
  given: string;
  url: string;
  error: string;
  /** The kind of reason (failure-kind.ts); absent in run.json files written before kinds. */
  kind?: FailureKind;
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
  /** finished, or interrupted/running when the reports were built from a run not yet done (`report DIR`). */
  status?: 'running' | 'interrupted' | 'finished';
  /** Pages audited (with an audit in audit.json). */
  pagesAudited?: number;
  /** Pages of the list that the run has not reached yet (an interrupted run). */
  pagesNotYetAudited?: number;
  /** What the run's sources and limits cut short, and crawl traps. */
  notes?: string[];
  /** The settings every audit of this run shares (merge refuses to mix audits made with other settings). */
  settings?: AuditSettings;
}

/**
 * A journey of the run in the audit schema, from its audited pages in step order. Its own
 * findings (consistent help, redundant entry…) and its KWCAG matrix come from the audit engine's
 * journey checks, exactly as when the extension stops recording a journey
 * (utils/background/journey.ts).
 */
export function journeyRecord(run: JourneyLine, pages: readonly PageAudit[]): Journey {
  const { findings, rules } = journeyFindings(pages);
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
}
