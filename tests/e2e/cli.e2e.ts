import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditExportSchema } from '../../utils/audit/schema.ts';
import type { AuditExport } from '../../utils/audit/types.ts';
import type { RunRecord } from '../../utils/audit/cli/record.ts';
import { ROOT } from './support/paths';

const HOME = 'http://demo.gov.kr/before/index.html';
const APPLY = 'http://demo.gov.kr/before/resident-copy/apply.html';
const UNREACHABLE = 'http://unreachable.test/';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run audit -- …` the way a user does (plain Node, the CLI's own browser and test web). */
function audit(args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      join(ROOT, 'node_modules/.bin/node'),
      ['utils/audit/cli/main.ts', ...args],
      { cwd: ROOT, maxBuffer: 32 * 2 ** 20 },
      (error, stdout, stderr) => {
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

describe('npm run audit', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dotbogi-cli-e2e-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  // Each test starts the CLI (and its browser) up to three times: slower than the suite's default timeout.
  it(
    'audits two demo pages with the built extension, reports the unreachable one clearly, and still finishes',
    { timeout: 480_000 },
    async () => {
      const out = join(dir, 'single');
      // --offline: every request goes to the test web, which does not serve unreachable.test (502).
      const run = await audit([HOME, UNREACHABLE, APPLY, '--offline', '--out', out, '--format', 'json,html']);
      expect(run.stderr).not.toMatch(/Error:|at .*\.ts:\d+/);
      expect(run.stdout, run.stderr).toMatch(/✗ \d\/3 http:\/\/unreachable\.test\/ — the server answered HTTP 502/);
      expect(run.stdout).toContain('Audited 2 pages; 1 could not be audited');
      expect(run.code).toBe(2);

      const audits = await readJson<AuditExport>(join(out, 'audit.json'));
      expect(auditExportSchema.safeParse(audits).success).toBe(true);
      expect(audits.pages.map((page) => page.url)).toEqual([HOME, APPLY]);
      // The real audit ran: the before home page lacks a page language, which axe flags.
      const home = audits.pages[0]!;
      expect(home.axe?.testEngine.name).toBe('axe-core');
      expect(home.findings.some((finding) => finding.ruleId === 'html-has-lang')).toBe(true);

      const record = await readJson<RunRecord>(join(out, 'run.json'));
      expect(record.failures).toEqual([{ given: UNREACHABLE, url: UNREACHABLE, error: expect.stringContaining('HTTP 502'), kind: 'http' }]);

      // A service-design report per audited page, in the format asked for.
      expect((await readdir(out)).sort()).toEqual([
        'audit.json',
        'audit.jsonl',
        'report-page-1.html',
        'report-page-2.html',
        'run.json',
        'state.json',
      ]);
      expect(await readFile(join(out, 'report-page-1.html'), 'utf8')).toContain('돋보기 서비스 개선 보고서');
      // The summary states the reports' numbers in their unit and words.
      expect(run.stdout).toContain('문제 1건: 규칙 하나가 페이지 하나에서 어긋난 것입니다.');
      expect(run.stdout).toMatch(/단일 페이지 2개: 페이지 2개 · 문제 \d+건\(\d+곳\)/);
    },
  );

  it(
    'compares a new run with an earlier run’s folder (--baseline), and refuses an earlier folder of another schema version',
    { timeout: 480_000 },
    async () => {
      const earlier = join(dir, 'single');
      const out = join(dir, 'later');
      const run = await audit([HOME, APPLY, '--offline', '--out', out, '--format', 'json,md,sarif', '--baseline', earlier]);
      expect(run.code, run.stderr).toBe(0);
      // Each page is compared with the same page of the earlier run: nothing changed, so every rule remains.
      expect(run.stdout).toMatch(/개선 전 → 후 — http:\/\/demo\.gov\.kr\/before\/index\.html: 문제 (\d+)건 → \1건/);
      expect(run.stdout).toMatch(/규칙별: 해결 0개, 개선 0개, 남음 [1-9]\d*개, 새로 0개/);
      expect(await readFile(join(out, 'report-page-2.md'), 'utf8')).toContain('개선 전 → 후');
      const sarif = JSON.parse(await readFile(join(out, 'report-page-2.sarif'), 'utf8')) as {
        runs: { results: { baselineState?: string }[] }[];
      };
      expect(new Set(sarif.runs[0]!.results.filter((result) => result.baselineState).map((result) => result.baselineState))).toEqual(
        new Set(['unchanged']),
      );

      const old = join(dir, 'old-schema');
      await mkdir(old, { recursive: true });
      const audits = JSON.parse(await readFile(join(earlier, 'audit.json'), 'utf8')) as AuditExport;
      await writeFile(join(old, 'audit.json'), JSON.stringify({ ...audits, schemaVersion: 0 }));
      await writeFile(join(old, 'run.json'), await readFile(join(earlier, 'run.json'), 'utf8'));
      const refused = await audit([HOME, '--offline', '--out', join(dir, 'never'), '--baseline', old]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/written with audit schema version 0; this Dotbogi reads version \d+/);
      await expect(readdir(join(dir, 'never'))).rejects.toThrow();
    },
  );

  it('splits targets over shards and merges the shards back into one result', { timeout: 480_000 }, async () => {
    const targets = [HOME, APPLY, UNREACHABLE, '--offline', '--format', 'json'];
    const first = await audit([...targets, '--shard', '1/2', '--out', join(dir, 'shard-1')]);
    const second = await audit([...targets, '--shard', '2/2', '--out', join(dir, 'shard-2'), '--fail-on', 'minor']);
    expect(first.stdout, first.stderr).toContain('Shard 1/2: 2 of 3 targets.');
    expect(second.stdout, second.stderr).toContain('Shard 2/2: 1 of 3 targets.');
    expect(first.code).toBe(2);
    // Shard 2 audited only the apply form, which has failed findings: --fail-on minor makes that exit code 1.
    const shardTwo = await readJson<AuditExport>(join(dir, 'shard-2', 'audit.json'));
    expect(shardTwo.pages.map((page) => page.url)).toEqual([APPLY]);
    expect(shardTwo.pages[0]!.findings.some((finding) => finding.outcome === 'failed')).toBe(true);
    expect(second.code).toBe(1);

    const merged = await audit(['merge', join(dir, 'shard-1'), join(dir, 'shard-2'), '--out', join(dir, 'merged'), '--format', 'json']);
    expect(merged.stdout, merged.stderr).toContain('Merged 2 folders.');
    expect(merged.stdout).toContain('Audited 2 pages; 1 could not be audited');
    const audits = await readJson<AuditExport>(join(dir, 'merged', 'audit.json'));
    expect(audits.pages.map((page) => page.url).sort()).toEqual([APPLY, HOME].sort());
    const record = await readJson<RunRecord>(join(dir, 'merged', 'run.json'));
    expect(record.shards).toEqual([
      { index: 1, total: 2 },
      { index: 2, total: 2 },
    ]);
  });
});
