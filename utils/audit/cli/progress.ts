import type { PageOutcome } from './auditor.ts';
import { displayName } from './targets.ts';
import type { PageAudit } from '../types.ts';
import { buildReport } from '../../report/build-report.ts';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Pages known so far: the whole list, or what a crawl has found (`final` once it can find no more). */
export type ProgressSize = () => { known: number; final: boolean };

/** Without a terminal, a line with the rate and time left after this many pages (and at least this often). */
const STATUS_EVERY_PAGES = 25;
const STATUS_EVERY_MS = 60_000;

/**
 * Reports progress as pages finish: on a terminal, one redrawn bar with pages done of the total
 * (or of those found so far, while crawling), the rate and the time left; otherwise (CI logs,
 * pipes) one line per page and, every so often, a line with the rate and time left. Failures are
 * always printed on their own line. `already`: pages a resumed run had done before.
 */
export function createProgress(stream: ProgressStream, size: ProgressSize, already = 0, now: () => number = Date.now) {
  let done = already;
  let thisRun = 0;
  const started = now();
  let lastStatus = started;
  let statusCurrent = false;
  const rate = () => {
    const minutes = (now() - started) / 60_000;
    return minutes > 0 && thisRun > 0 ? thisRun / minutes : 0;
  };
  const status = () => {
    const { known, final } = size();
    const total = Math.max(known, done);
    const perMinute = rate();
    const left = total - done;
    const eta =
      perMinute > 0 && left > 0 ? ` · about ${duration((left / perMinute) * 60_000)} left${final ? '' : ' (more may be found)'}` : '';
    return `${done}/${total}${final ? '' : ' found'} pages · ${perMinute ? `${perMinute.toFixed(perMinute < 10 ? 1 : 0)} pages/min` : '…'}${eta}`;
  };
  const bar = () => {
    const { known } = size();
    const width = 24;
    const filled = Math.min(width, Math.round((done / Math.max(known, done, 1)) * width));
    const text = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${status()} · ${duration(now() - started)}`;
    // A line longer than the terminal wraps, and the redraw would then clear only its last row.
    return stream.columns && stream.columns > 1 ? [...text].slice(0, stream.columns - 1).join('') : text;
  };
  const clear = () => (stream.isTTY ? stream.write('\r\x1b[2K') : undefined);
  if (stream.isTTY) stream.write(bar());
  return {
    page(outcome: PageOutcome) {
      done++;
      thisRun++;
      const total = Math.max(size().known, done);
      if (stream.isTTY) {
        clear();
        if (outcome.error !== undefined) stream.write(`${pageLine(outcome, done, total)}\n`);
        stream.write(bar());
      } else {
        stream.write(`${pageLine(outcome, done, total)}\n`);
        statusCurrent = false;
        if (thisRun % STATUS_EVERY_PAGES === 0 || now() - lastStatus >= STATUS_EVERY_MS) {
          lastStatus = now();
          statusCurrent = true;
          stream.write(`— ${status()}\n`);
        }
      }
    },
    /** A line of its own (an interruption, a fresh browser), the bar redrawn under it. */
    note(text: string) {
      clear();
      stream.write(`${text}\n`);
      if (stream.isTTY) stream.write(bar());
    },
    /** The bar's last state on its own line; in logs a last status line (pages done, the rate), unless one was just written. */
    finish() {
      if (stream.isTTY) {
        clear();
        stream.write(`${bar()}\n`);
      } else if (thisRun > 0 && !statusCurrent) {
        stream.write(`— ${status()}\n`);
      }
    },
  };
}

/** "42 s", "3 min", "1 h 05 min". */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * "✓ 3/8 http://… — findings: 12 (places: 39) · to review: 1 (places: 2)" or "✗ 4/8 http://… — why".
 * The numbers are the page's report's own (utils/report/counting.ts: a finding is a rule failing on
 * the page, its places the elements), so this line, the summary and the files agree.
 */
export function pageLine(outcome: PageOutcome, index: number, total: number): string {
  if (outcome.error !== undefined) return `✗ ${index}/${total} ${displayName(outcome.target)} — ${outcome.error}`;
  const { counts } = buildReport({ kind: 'page', audit: outcome.audit });
  const review = counts.reviewFindings > 0 ? ` · to review: ${counts.reviewFindings} (places: ${counts.reviewPlaces})` : '';
  const line = `✓ ${index}/${total} ${displayName(outcome.target)} — findings: ${counts.findings} (places: ${counts.places})${review}`;
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
