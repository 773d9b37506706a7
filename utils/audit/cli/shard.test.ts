import { describe, expect, it } from 'vitest';
import { parseShard, pickShard } from './shard.ts';

describe('sharding', () => {
  const targets = Array.from({ length: 10 }, (_, index) => `page-${index + 1}`);

  it('gives shard K of N every N-th target starting with the K-th', () => {
    expect(pickShard(targets, parseShard('1/3'))).toEqual(['page-1', 'page-4', 'page-7', 'page-10']);
    expect(pickShard(targets, parseShard('2/3'))).toEqual(['page-2', 'page-5', 'page-8']);
    expect(pickShard(targets, parseShard('3/3'))).toEqual(['page-3', 'page-6', 'page-9']);
  });

  it('puts every target in exactly one shard', () => {
    for (const total of [1, 2, 3, 4, 7, 10, 13]) {
      const shards = Array.from({ length: total }, (_, index) => pickShard(targets, { index: index + 1, total }));
      expect(shards.flat().sort()).toEqual([...targets].sort());
    }
  });

  it('leaves a shard empty when there are more shards than targets', () => {
    expect(pickShard(['only'], parseShard('2/2'))).toEqual([]);
  });

  it('audits everything without --shard', () => {
    expect(pickShard(targets, null)).toEqual(targets);
  });
});

describe('the shard from a fan-out engine (--shard-count)', () => {
  it('takes K from a Kubernetes Indexed Job’s JOB_COMPLETION_INDEX, which counts from 0', async () => {
    const { shardFromEnvironment } = await import('./shard.ts');
    expect(shardFromEnvironment(4, { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, total: 4 });
    expect(shardFromEnvironment(4, { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 4, total: 4 });
    expect(() => shardFromEnvironment(4, { JOB_COMPLETION_INDEX: '4' })).toThrow(/needs a whole number from 0 to 3/);
    expect(() => shardFromEnvironment(4, {})).toThrow(/--shard-count needs JOB_COMPLETION_INDEX/);
  });
});
