import type { PageOutcome } from './auditor.ts';
import { displayName } from './targets.ts';
import { SEVERITIES, type PageAudit } from '../types.ts';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/**
 * Reports progress as pages finish: a redrawn bar on a terminal, one line per page otherwise
 * (CI logs, pipes), so logs stay readable. Failures are always printed on their own line.
 */
export function createProgress(stream: ProgressStream, total: number) {
  let done = 0;
  const started = Date.now();
  const bar = () => {
    const size = 24;
    const filled = Math.round((done / Math.max(total, 1)) * size);
    const seconds = Math.round((Date.now() - started) / 1000);
    return `[${'█'.repeat(filled)}${'░'.repeat(size - filled)}] ${done}/${total} pages · ${seconds} s`;
  };
  const clear = () => (stream.isTTY ? stream.write('\r\x1b[2K') : undefined);
  if (stream.isTTY) stream.write(bar());
  return {
    page(outcome: PageOutcome) {
      done++;
      if (stream.isTTY) {
        clear();
        if (outcome.error !== undefined) stream.write(`${pageLine(outcome, done, total)}\n`);
        stream.write(bar());
      } else {
        stream.write(`${pageLine(outcome, done, total)}\n`);
      }
    },
    finish() {
      if (stream.isTTY) {
        clear();
        stream.write(`${bar()}\n`);
      }
    },
  };
}

/** "✓ 3/8 http://… — 12 failed (critical 1, serious 4 …)" or "✗ 4/8 http://… — why". */
export function pageLine(outcome: PageOutcome, index: number, total: number): string {
  if (outcome.error !== undefined) return `✗ ${index}/${total} ${displayName(outcome.target)} — ${outcome.error}`;
  const failed = outcome.audit.findings.filter((finding) => finding.outcome === 'failed');
  const counts = SEVERITIES.map((severity) => [severity, failed.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${severity} ${count}`);
  const line = `✓ ${index}/${total} ${displayName(outcome.target)} — ${failed.length} failed${counts.length ? ` (${counts.join(', ')})` : ''}`;
  return outcome.audit.status === 'complete' ? line : `${line}; ${incompleteNote(outcome.audit)}`;
}

/** Why an audit is not complete, in one short phrase ("partial: 1 frame error: …"). */
export function incompleteNote(audit: PageAudit): string {
  const error = audit.coverage.errors[0];
  const detail = error
    ? `${audit.coverage.errors.length} frame error${audit.coverage.errors.length === 1 ? '' : 's'}: ${error.message.split('\n')[0]!.slice(0, 160)}`
    : '';
  return `${audit.status}${detail ? ` (${detail})` : ''}`;
}
