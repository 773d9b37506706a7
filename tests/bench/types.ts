/**
 * The contract between `npm run bench` (tests/bench/run.ts) and every `tests/bench/*.bench.ts`.
 *
 * A benchmark file exports `async function bench(ctx: BenchContext): Promise<BenchRow[]>`.
 * Each row is one figure measured together with its baseline IN THE SAME RUN, on the same
 * machine, so the ratio value / baseline is meaningful even on a slow, shared machine.
 * Benchmarks never assert: `pass` only says whether the goal was met; the runner writes every
 * row to BENCHMARKS.md.
 */
export interface BenchRow {
  /** What was measured, e.g. "audit time, demo home page". */
  name: string;
  /** The measured value for Dotbogi. */
  value: number;
  /** The same quantity measured for the baseline in the same run (never a constant from elsewhere). */
  baseline: number;
  /** Unit of value and baseline: "ms", "kB", "pages/s", "count", … */
  unit: string;
  /** The goal in words, e.g. "≤ 1.15× baseline" or "≤ 16 ms extra". */
  goal: string;
  /** Whether the goal was met; null for a reference figure that has no goal of its own. */
  pass: boolean | null;
  /** What the baseline is, or anything a reader needs to interpret the figure. */
  note?: string;
}

export interface BenchContext {
  /** Absolute path of the repository root. */
  root: string;
  /** Absolute path of the built e2e extension (run.ts builds it once before any benchmark). */
  extensionDir: string;
  /** Writes a progress line to stderr (kept out of BENCHMARKS.md). */
  log(message: string): void;
}

export type BenchFunction = (ctx: BenchContext) => Promise<BenchRow[]>;
