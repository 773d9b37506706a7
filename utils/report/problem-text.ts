import type { AuditProblem } from '../audit/problem.ts';
import { formatTime } from './time.ts';
import type { Translate } from './translate.ts';

/**
 * Why a record cannot be shown, in the reader's language (report.json `problem.*`), the technical
 * detail (an id, a schema version) kept as values. Used by the report page, its exports, the side
 * panel (its `report` namespace) — never the engine's English (utils/audit/problem.ts englishProblem).
 */
export function problemText(t: Translate, problem: AuditProblem, language: string, now = Date.now()): string {
  switch (problem.kind) {
    case 'deleted':
      return problem.until !== null && problem.until > now
        ? t('problem.deletedUndoable', { seconds: Math.ceil((problem.until - now) / 1000) })
        : t('problem.deleted', { time: formatTime(new Date(problem.deletedAt).toISOString(), language) });
    case 'missing':
      return t('problem.missing', { id: problem.id });
    case 'schema':
      return t(problem.version > problem.reads ? 'problem.schemaNewer' : 'problem.schemaOlder', {
        version: problem.version,
        reads: problem.reads,
        oldest: problem.oldest,
      });
  }
}

/**
 * The same for a journey step that could not be shown, as a report and its files keep it: without
 * the undo's countdown, which would be stale in a file (the side panel offers the undo).
 */
export function stepProblemText(t: Translate, problem: AuditProblem): string {
  return problem.kind === 'deleted' ? t('problem.stepDeleted') : problemText(t, problem, 'und');
}
