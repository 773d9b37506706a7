import type { AuditUnit } from './targets.ts';

/**
 * What the lanes audit next. A list (URLs, a sitemap, the command line) is known from the start;
 * a crawl grows as pages are audited and their links found. Either way a lane asks for a unit,
 * audits it, and settles it; the run ends when nothing is left and nothing is in flight.
 */
export interface WorkSource {
  /** The next unit, or null when there is none right now (a crawl may find more). */
  take(): AuditUnit | null;
  /** A unit is done; `links` are what the page showed (a crawl follows them). */
  settle(unit: AuditUnit, result: { links?: readonly string[] }): void;
  /** Nothing left to take and nothing will come. */
  exhausted(): boolean;
  /** Pages known so far (done + waiting), for the progress bar; `final` when no more can come. */
  size(): { known: number; final: boolean };
}

/** A list of units, minus those a resumed run has already done. */
export function listSource(units: readonly AuditUnit[], done: ReadonlySet<string>): WorkSource {
  const waiting = units.filter((unit) => !done.has(unit.key));
  let next = 0;
  let inFlight = 0;
  const pages = (unit: AuditUnit) => (unit.kind === 'page' ? 1 : unit.steps.length);
  const known = units.reduce((sum, unit) => sum + pages(unit), 0);
  return {
    take() {
      if (next >= waiting.length) return null;
      inFlight++;
      return waiting[next++]!;
    },
    settle() {
      inFlight--;
    },
    exhausted: () => next >= waiting.length && inFlight === 0,
    size: () => ({ known, final: true }),
  };
}
