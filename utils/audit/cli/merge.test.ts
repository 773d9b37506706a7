import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePageAudit } from '@/tests/kits/sample-audit.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';
import type { AuditExport } from '../types.ts';
import { DEFAULT_TRACKING_PARAMS } from './crawl/canonical.ts';
import { finishRun } from './finish.ts';
import { mergeStreams, missingShards, readOutput } from './merge.ts';
import type { RunRecord } from './record.ts';
import { openStream, type StreamLine } from './stream/lines.ts';
import { readState, writeState, type AuditSettings, type RunState } from './stream/state.ts';
import { parseArgs, type AuditOptions } from './args.ts';

const SETTINGS: AuditSettings = {
  language: 'ko',
  timeoutSeconds: 30,
  offline: true,
  dotbogi: '0.1.0',
  axeCore: '4.14.1',
  schemaVersion: 2,
};
const url = (name: string) => `http://demo.gov.kr/${name}.html`;

/** A shard's output folder as the CLI writes it: its state and its stream. */
async function shardFolder(
  dir: string,
  shard: { index: number; total: number } | null,
  lines: StreamLine[],
  settings: Partial<AuditSettings> = {},
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const options = parseArgs(['--offline', '--out', dir]) as AuditOptions;
  const state: RunState = {
    format: 'dotbogi-audit-state',
    version: 1,
    status: 'finished',
    startedAt: `2026-11-27T0${shard?.index ?? 0}:00:00.000Z`,
    updatedAt: `2026-11-27T0${shard?.index ?? 0}:05:00.000Z`,
    argv: [],
    cwd: dir,
    options: { ...options, trackingParams: [...DEFAULT_TRACKING_PARAMS] },
    settings: { ...SETTINGS, ...settings },
    shard,
    chromium: 'Chromium 140',
    units: null,
    seeds: null,
    sites: [],
    unitsInList: 3,
    notes: [],
  };
  await writeState(dir, state);
  const writer = await openStream(join(dir, 'audit.jsonl'));
  for (const line of lines) await writer.append(line);
  await writer.close();
  return dir;
}

const page = (name: string, order: number, extra: Partial<StreamLine> = {}): StreamLine =>
  ({
    type: 'page',
    key: url(name),
    order,
    given: url(name),
    url: url(name),
    audit: samplePageAudit({ id: name, url: url(name) }),
    ...extra,
  }) as StreamLine;
const down = (order: number): StreamLine => ({
  type: 'not-audited',
  key: `https://down-${order}.example/`,
  order,
  given: `https://down-${order}.example/`,
  url: `https://down-${order}.example/`,
  kind: 'dns',
  reason: 'could not load the page: net::ERR_NAME_NOT_RESOLVED',
});

describe('merging the streamed outputs of shards', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dotbogi-merge-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('combines pages and failures of every shard, in the order of the whole list, into one run', async () => {
    const one = await shardFolder(join(dir, 's1'), { index: 1, total: 2 }, [page('c', 2), page('a', 0)]);
    const two = await shardFolder(join(dir, 's2'), { index: 2, total: 2 }, [down(1)]);
    const out = join(dir, 'all');
    const { state, warnings } = await mergeStreams(
      [
        { name: 's1', path: one },
        { name: 's2', path: two },
      ],
      out,
    );
    expect(warnings).toEqual([]);
    expect(state.mergedShards).toEqual([
      { index: 1, total: 2 },
      { index: 2, total: 2 },
    ]);
    const finished = await finishRun(out, out, state, { formats: ['json'], failOn: null, language: 'ko', t: reportTranslator('ko') });
    expect(finished.failures).toBe(1);
    const audits = JSON.parse(await readFile(join(out, 'audit.json'), 'utf8')) as AuditExport;
    expect(audits.pages.map((entry) => entry.id)).toEqual(['a', 'c']);
    const run = JSON.parse(await readFile(join(out, 'run.json'), 'utf8')) as RunRecord;
    expect(run.failures).toEqual([
      {
        given: 'https://down-1.example/',
        url: 'https://down-1.example/',
        error: expect.stringContaining('ERR_NAME_NOT_RESOLVED'),
        kind: 'dns',
      },
    ]);
    expect(run.shards).toEqual(state.mergedShards);
    expect(run.startedAt).toBe('2026-11-27T01:00:00.000Z');
    // A merged folder reads back like any run's, and may itself be merged again.
    expect((await readOutput(out)).audits.pages).toHaveLength(2);
    expect((await readState(out))?.status).toBe('finished');
  });

  it('counts a page two folders both audited once, and a folder given twice once; names a missing shard', async () => {
    const one = await shardFolder(join(dir, 's1'), { index: 1, total: 3 }, [page('a', 0), page('b', 1)]);
    const again = await shardFolder(join(dir, 'again'), { index: 1, total: 3 }, [page('b', 1)]);
    const out = join(dir, 'all');
    const { state, warnings } = await mergeStreams(
      [
        { name: 's1', path: one },
        { name: 's1', path: one },
        { name: 'again', path: again },
      ],
      out,
    );
    expect(warnings).toEqual(['shards 2/3, 3/3 not among the merged folders.']);
    await finishRun(out, out, state, { formats: ['json'], failOn: null, language: 'ko', t: reportTranslator('ko') });
    const audits = JSON.parse(await readFile(join(out, 'audit.json'), 'utf8')) as AuditExport;
    expect(audits.pages.map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('refuses two folders that audited the same address with different settings, naming both, before writing anything', async () => {
    const ko = await shardFolder(join(dir, 'korean'), null, [page('a', 0)]);
    const en = await shardFolder(join(dir, 'english'), null, [page('a', 0)], { language: 'en' });
    const out = join(dir, 'all');
    await expect(
      mergeStreams(
        [
          { name: 'korean', path: ko },
          { name: 'english', path: en },
        ],
        out,
      ),
    ).rejects.toThrow(`Cannot merge: korean and english both audited ${url('a')} with different settings (language ko ≠ en).`);
    await expect(readFile(join(out, 'audit.jsonl'))).rejects.toThrow();
  });

  it('merges folders made with different settings when they audited different pages', async () => {
    const ko = await shardFolder(join(dir, 'korean'), null, [page('a', 0)]);
    const en = await shardFolder(join(dir, 'english'), null, [page('b', 1)], { language: 'en' });
    await expect(
      mergeStreams(
        [
          { name: 'korean', path: ko },
          { name: 'english', path: en },
        ],
        join(dir, 'all'),
      ),
    ).resolves.toBeTruthy();
  });

  it('refuses a folder written before streaming, and one that is no run at all', async () => {
    await mkdir(join(dir, 'old'));
    await writeFile(join(dir, 'old', 'audit.json'), '{}');
    await expect(mergeStreams([{ name: 'old', path: join(dir, 'old') }], join(dir, 'all'))).rejects.toThrow(
      /old has no audit\.jsonl: it was written by an older Dotbogi/,
    );
    await expect(mergeStreams([{ name: 'nothing', path: join(dir, 'nothing') }], join(dir, 'all'))).rejects.toThrow(
      /nothing is not a run's output folder/,
    );
  });

  it('names the shards missing from a partial merge', () => {
    expect(missingShards([{ index: 2, total: 4 }])).toEqual(['1/4', '3/4', '4/4']);
  });
});
