import { UsageError } from './usage-error.ts';

/** `--shard K/N`: this run is shard K (1-based) of N. */
export interface Shard {
  index: number;
  total: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard must look like K/N with 1 ≤ K ≤ N (e.g. 2/4), not "${value}".`);
  }
  return { index, total };
}

/**
 * The items shard K of N audits: every N-th item, starting with the K-th. Round-robin rather
 * than contiguous blocks so that shards of a list sorted by site or section stay balanced.
 * Every item lands in exactly one shard. Items are units (a page, or a whole journey, whose
 * steps must stay together in one tab).
 */
export function pickShard<T>(items: readonly T[], shard: Shard | null): T[] {
  if (!shard) return [...items];
  return items.filter((_, position) => position % shard.total === shard.index - 1);
}

/**
 * `--shard-count N` on a fan-out engine that numbers its workers: Kubernetes Indexed Jobs set
 * JOB_COMPLETION_INDEX (0-based) in every pod. A GitHub Actions matrix passes `--shard K/N` itself
 * (deploy/github-actions-matrix.yml).
 */
export function shardFromEnvironment(total: number, env: NodeJS.ProcessEnv): Shard {
  const raw = env.JOB_COMPLETION_INDEX;
  if (raw === undefined || raw === '')
    throw new UsageError('--shard-count needs JOB_COMPLETION_INDEX (set by a Kubernetes Indexed Job); elsewhere give --shard K/N.');
  if (!/^\d+$/.test(raw) || Number(raw) >= total)
    throw new UsageError(`JOB_COMPLETION_INDEX is "${raw}", but --shard-count ${total} needs a whole number from 0 to ${total - 1}.`);
  return { index: Number(raw) + 1, total };
}
