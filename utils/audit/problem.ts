/**
 * Why an audit record cannot be shown, as data (a kind and its values), so every page says it in
 * the reader's language (report.json `problem.*`, utils/report/problem-text.ts) and the CLI, whose
 * messages are English by design, says it in English (englishProblem). It travels through the
 * message protocol on a failed reply (`error.problem`, utils/messaging/serve.ts).
 */
import { SCHEMA_VERSION } from './types';

/** The oldest schema version this Dotbogi can still bring up to date (migrate.ts). */
export const OLDEST_READABLE_VERSION = 1;

export type AuditProblem =
  /** Deleted: restorable from the side panel until `until` (ms since 1970), or `until` null once the bin let it go. */
  | { kind: 'deleted'; id: string; deletedAt: number; until: number | null }
  /** No record with this id, and nothing says it was deleted. */
  | { kind: 'missing'; id: string }
  /** Written with an audit schema this Dotbogi cannot read: `reads` is the current version, `oldest` the oldest it migrates. */
  | { kind: 'schema'; version: number; reads: number; oldest: number };

export class ProblemError extends Error {
  // A plain field, not a parameter property: the CLI loads this file with Node's type stripping.
  readonly problem: AuditProblem;
  constructor(problem: AuditProblem) {
    super(englishProblem(problem));
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

/** The problem an error carries (a ProblemError here, or a failed reply's `problem` after the protocol). */
export function problemOf(error: unknown): AuditProblem | undefined {
  const problem = (error as { problem?: unknown } | null)?.problem;
  return isProblem(problem) ? problem : undefined;
}

export function isProblem(value: unknown): value is AuditProblem {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return typeof value === 'object' && value !== null && (kind === 'deleted' || kind === 'missing' || kind === 'schema');
}

/**
 * The schema problem of an audit file or record, or null when this Dotbogi reads it (or it names no
 * version: the schema check then says what is wrong). A newer file is refused rather than half-read.
 */
export function schemaProblem(file: unknown): Extract<AuditProblem, { kind: 'schema' }> | null {
  const version = typeof file === 'object' && file !== null ? (file as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version !== 'number' || (version >= OLDEST_READABLE_VERSION && version <= SCHEMA_VERSION)) return null;
  return { kind: 'schema', version, reads: SCHEMA_VERSION, oldest: OLDEST_READABLE_VERSION };
}

/** For developers and the CLI's English messages; people read problemText (utils/report/problem-text.ts). */
export function englishProblem(problem: AuditProblem): string {
  switch (problem.kind) {
    case 'deleted':
      return problem.until === null
        ? `The audit ${problem.id} was deleted.`
        : `The audit ${problem.id} was deleted; it can be restored from the side panel until ${new Date(problem.until).toISOString()}.`;
    case 'missing':
      return `No audit with id ${problem.id}.`;
    case 'schema': {
      const migrates = problem.oldest < problem.reads ? ` and migrates version ${problem.oldest}` : '';
      const advice = problem.version > problem.reads ? 'a newer Dotbogi wrote it: update Dotbogi to read it' : 'audit those pages again';
      return `written with audit schema version ${problem.version}; this Dotbogi reads version ${problem.reads}${migrates} (${advice})`;
    }
  }
}
