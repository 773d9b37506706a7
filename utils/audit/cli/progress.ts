import type { PageOutcome } from './auditor.ts';
import { displayName } from './targets.ts';
import type { PageAudit } from '../types.ts';
import { buildReport } from '../../report/build-report.ts';
import { labels, type Translate } from '../../report/translate.ts';

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

/** The run's language (--lang): the report's words, so this line and the summary after it agree. */
export interface ProgressWords {
  t: Translate;
  language: string;
}

/**
 * Reports progress as pages finish: on a terminal, one redrawn bar with pages done of the total
 * (or of those found so far, while crawling), the rate and the time left; otherwise (CI logs,
 * pipes) one line per page and, every so often, a line with the rate and time left. Failures are
 * always printed on their own line. `already`: pages a resumed run had done before.
 */
export function createProgress(
  stream: ProgressStream,
  size: ProgressSize,
  words: ProgressWords,
  already = 0,
  now: () => number = Date.now,
) {
  const { t, language } = words;
  const time = (ms: number) => duration(ms, language);
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
    const pace = perMinute
      ? t('cliProgress.rate', { rate: perMinute.toLocaleString(language, { maximumFractionDigits: perMinute < 10 ? 1 : 0 }) })
      : '…';
    const eta =
      perMinute > 0 && left > 0
        ? [t(final ? 'cliProgress.left' : 'cliProgress.leftMore', { time: time((left / perMinute) * 60_000) })]
        : [];
    return [t('cliProgress.pages', { done, total }), pace, ...eta].join(' · ');
  };
  const bar = () => {
    const { known } = size();
    const width = 24;
    const filled = Math.min(width, Math.round((done / Math.max(known, done, 1)) * width));
    const text = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${status()} · ${time(now() - started)}`;
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
        if (outcome.error !== undefined) stream.write(`${pageLine(outcome, done, total, t)}\n`);
        stream.write(bar());
      } else {
        stream.write(`${pageLine(outcome, done, total, t)}\n`);
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

/** "42 sec", "3 min", "1 hr, 5 min" — "42초", "3분", "1시간 5분": rounded for people, in the run's language. */
export function duration(ms: number, language: string): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.round(seconds / 60);
  const parts: Record<string, number> =
    seconds < 90 ? { seconds } : minutes < 90 ? { minutes } : { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  return new DurationFormat(language, { style: 'short' }).format(parts);
}

// Intl.DurationFormat (ES2025, in Node since 23) is not in TypeScript 5.9's lib yet.
const { DurationFormat } = Intl as unknown as {
  DurationFormat: new (language: string, options: { style: 'short' }) => { format(duration: Record<string, number>): string };
};

/**
 * "✓ 3/8 http://… — Findings: 12 (places: 39) · To review: 1 (places: 2)" or "✗ 4/8 http://… — why",
 * in the report's words. The numbers are the page's report's own (utils/report/counting.ts: a
 * finding is a rule failing on the page, its places the elements), so this line, the summary and
 * the files agree. Why a page could not be audited stays as the engine said it, like every error.
 */
export function pageLine(outcome: PageOutcome, index: number, total: number, t: Translate): string {
  if (outcome.error !== undefined) return `✗ ${index}/${total} ${displayName(outcome.target)} — ${outcome.error}`;
  const { counts } = buildReport({ kind: 'page', audit: { ...outcome.audit, axe: null } });
  const numbers = [
    t('cliProgress.findings', { findings: counts.findings, places: counts.places }),
    ...(counts.reviewFindings > 0 ? [t('cliProgress.review', { review: counts.reviewFindings, reviewPlaces: counts.reviewPlaces })] : []),
  ];
  const line = `✓ ${index}/${total} ${displayName(outcome.target)} — ${numbers.join(' · ')}`;
  return outcome.audit.status === 'complete' ? line : `${line}; ${incompleteNote(outcome.audit, t)}`;
}

/** Why an audit is not complete, in one short phrase ("Partly audited (frame errors: 1, the first: …)"). */
function incompleteNote(audit: Pick<PageAudit, 'status' | 'coverage'>, t: Translate): string {
  const status = labels.pageStatus(t, audit.status === 'complete' ? 'partial' : audit.status);
  const error = audit.coverage.errors[0];
  if (!error) return status;
  const message = error.message.split('\n')[0]!.slice(0, 160);
  return `${status} (${t('cliProgress.frameErrors', { frames: audit.coverage.errors.length, message })})`;
}
