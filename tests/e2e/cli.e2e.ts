import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditExportSchema } from '../../utils/audit/schema.ts';
import type { AuditExport } from '../../utils/audit/types.ts';
import type { RunRecord } from '../../utils/audit/cli/record.ts';
import { ROOT } from './support/paths';
import { parseCsv } from '../kits/report/csv.ts';
import { englishSentences } from '../kits/report/english.ts';
import { readFileSync } from 'node:fs';

const KO_RULES = JSON.parse(readFileSync(join(ROOT, 'locales/ko/rules.json'), 'utf8')) as Record<string, { title: string }>;

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
      // An operator in Seoul: report times are printed in the reader's (the machine's) zone.
      { cwd: ROOT, maxBuffer: 32 * 2 ** 20, env: { ...process.env, TZ: 'Asia/Seoul' } },
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
      expect(run.stdout).toContain('페이지 2개를 검사했습니다. 1개는 검사하지 못했습니다(아래 참고).');
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
      const html = await readFile(join(out, 'report-page-1.html'), 'utf8');
      expect(html).toContain('돋보기 서비스 개선 보고서');
      // Korean by default (no --lang): Dotbogi's own Korean rule text, the time in the reader's zone with its offset.
      expect(html).toContain(KO_RULES['html-has-lang']!.title);
      expect(html).not.toContain('<html> element must have a lang attribute');
      expect(html).toMatch(/검사 시각 \d{4}-\d\d-\d\d \d\d:\d\d \(UTC\+9\)/);
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
      // The Markdown report is Korean throughout: Dotbogi's rule titles, no English sentence outside code.
      const markdown = await readFile(join(out, 'report-page-1.md'), 'utf8');
      expect(markdown).toContain(KO_RULES['html-has-lang']!.title);
      const ruleIds = Object.keys(KO_RULES);
      expect(englishSentences(markdown.replace(/(`+)[^`]*?\1/g, ' ').replace(/\\(.)/g, '$1'), ruleIds)).toEqual([]);
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

  it(
    'compares a redesigned journey with the earlier run: 해결, 개선, 남음 and 새로 in the summary, HTML, Markdown, CSV and SARIF, never both 해결 and 새로',
    { timeout: 480_000 },
    async () => {
      // tests/fixtures/compare: one two-step journey before and after a redesign. Before: three images
      // without alt and a button without a name on step 1, a field without a label on step 2. After:
      // one image still without alt (개선), the button named (해결), the field unchanged (남음), and a
      // link without a name added on step 2 (새로). The folders are different made-up hosts, as two
      // releases of a site often are: the one journey on each side is matched step by step.
      const steps = (side: string) => ['start.html', 'form.html'].map((file) => join(ROOT, 'tests/fixtures/compare', side, file));
      const earlier = join(dir, 'compare-before');
      const out = join(dir, 'compare-after');
      const first = await audit([...steps('before'), '--journey', '--offline', '--out', earlier, '--format', 'json']);
      expect(first.code, first.stderr).toBe(0);
      const run = await audit([
        ...steps('after'),
        '--journey',
        '--offline',
        '--out',
        out,
        '--format',
        'html,md,csv,sarif',
        '--baseline',
        earlier,
      ]);
      expect(run.code, run.stderr).toBe(0);
      const expected = { 'image-alt': '개선', 'button-name': '해결', label: '남음', 'link-name': '새로' };
      const counts = /규칙별: 해결 (\d+)개, 개선 (\d+)개, 남음 (\d+)개, 새로 (\d+)개/;
      const printed = counts.exec(run.stdout);
      expect(printed, run.stdout).not.toBeNull();
      for (const count of printed!.slice(1)) expect(Number(count)).toBeGreaterThan(0);

      // The after report's first page (the one-page summary) states the comparison.
      const html = await readFile(join(out, 'report-journey-1.html'), 'utf8');
      const firstPage = /<section[^>]*aria-labelledby="summary"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      expect(firstPage.replace(/<[^>]+>/g, '')).toContain(printed![0]);

      // Markdown: one list per status, each rule in exactly one.
      const markdown = await readFile(join(out, 'report-journey-1.md'), 'utf8');
      const comparison = markdown.slice(markdown.indexOf('## 개선 전후 비교'));
      const byStatus = new Map<string, Set<string>>();
      for (const part of comparison.split(/^### /m).slice(1)) {
        const status = part.slice(0, part.indexOf(' ('));
        byStatus.set(status, new Set([...part.matchAll(/^- ` ([\w-]+) `/gm)].map((match) => match[1]!)));
      }
      for (const [rule, status] of Object.entries(expected)) expect(byStatus.get(status), `${rule} in the Markdown`).toContain(rule);
      const everyRule = [...byStatus.values()].flatMap((rules) => [...rules]);
      expect(everyRule.length).toBe(new Set(everyRule).size);

      // CSV: a 비교 column on every place, the fixed places of the earlier run as rows too.
      const [header, ...rows] = parseCsv(await readFile(join(out, 'report-journey-1.csv'), 'utf8'));
      const col = (name: string) => header!.indexOf(name);
      expect(col('비교')).toBeGreaterThan(-1);
      const csvStatus = new Map<string, Set<string>>();
      for (const row of rows) {
        const key = `${row[col('규칙')]}|${row[col('단계')]}`;
        csvStatus.set(key, (csvStatus.get(key) ?? new Set()).add(row[col('비교')]!));
      }
      expect(csvStatus.get('image-alt|1')).toEqual(new Set(['개선']));
      expect(csvStatus.get('button-name|1')).toEqual(new Set(['해결']));
      expect(csvStatus.get('label|2')).toEqual(new Set(['남음']));
      expect(csvStatus.get('link-name|2')).toEqual(new Set(['새로']));
      for (const [key, statuses] of csvStatus) expect(statuses.has('해결') && statuses.has('새로'), key).toBe(false);

      // SARIF: baselineState on every failed result, the fixed one listed as absent.
      const sarif = JSON.parse(await readFile(join(out, 'report-journey-1.sarif'), 'utf8')) as {
        runs: {
          results: { ruleId: string; baselineState?: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      };
      const states = new Map<string, Set<string>>();
      for (const result of sarif.runs[0]!.results) {
        const key = `${result.ruleId}|${result.locations[0]!.physicalLocation.artifactLocation.uri.replace(/^.*\//, '')}`;
        states.set(key, (states.get(key) ?? new Set()).add(result.baselineState ?? 'none'));
      }
      expect(states.get('image-alt|start.html')).toEqual(new Set(['updated']));
      expect(states.get('button-name|start.html')).toEqual(new Set(['absent']));
      expect(states.get('label|form.html')).toEqual(new Set(['unchanged']));
      expect(states.get('link-name|form.html')).toEqual(new Set(['new']));
      for (const [key, state] of states) {
        expect(state.has('none'), key).toBe(false);
        expect(state.has('absent') && state.has('new'), key).toBe(false);
      }
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
    expect(merged.stdout).toContain('페이지 2개를 검사했습니다. 1개는 검사하지 못했습니다(아래 참고).');
    const audits = await readJson<AuditExport>(join(dir, 'merged', 'audit.json'));
    expect(audits.pages.map((page) => page.url).sort()).toEqual([APPLY, HOME].sort());
    const record = await readJson<RunRecord>(join(dir, 'merged', 'run.json'));
    expect(record.shards).toEqual([
      { index: 1, total: 2 },
      { index: 2, total: 2 },
    ]);
  });
});
