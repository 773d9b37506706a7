/**
 * Fan-out as an engine runs it (a Kubernetes Indexed Job, a CI matrix), simulated on this machine:
 * shard processes in parallel over one URL list, one of them killed mid-run (SIGKILL: no chance to
 * tidy up, as when a node dies) and resumed, the shards merged — and the result compared with one
 * process auditing the same list. Light pages and two shards, to stay within CI's time. On the way,
 * what a person sees: the progress bar in a terminal, plain lines in a log, and browsers replaced
 * (after N pages, on memory pressure) without a page lost.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditExport } from '../../utils/audit/types.ts';
import type { RunRecord } from '../../utils/audit/cli/record.ts';
import { ROOT } from './support/paths';

const PAGES = [
  'help.html',
  'captcha.html',
  'family/apply.html',
  'family/confirm.html',
  'foreigner/apply.html',
  'foreigner/issued.html',
].map((path) => `http://demo.gov.kr/after/${path}`);
const SHARDS = 2;

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI as a process; `killAfterLines`: SIGKILL once its stream has that many lines; `terminal`:
 * its output is a terminal (util-linux's `script` gives it a pseudo-terminal), as for a person.
 */
function cli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; killAfterLines?: { file: string; lines: number }; terminal?: boolean } = {},
): Promise<CliRun> {
  return new Promise((done) => {
    const command = [join(ROOT, 'node_modules/.bin/node'), 'utils/audit/cli/main.ts', ...args];
    const quoted = command.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
    const [file, argv] = options.terminal ? ['script', ['-qefc', quoted, '/dev/null']] : [command[0]!, command.slice(1)];
    const child = spawn(file, argv, {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const kill = options.killAfterLines;
    const timer = kill
      ? setInterval(() => {
          void readFile(kill.file, 'utf8')
            .then((text) => {
              if (text.split('\n').filter(Boolean).length >= kill.lines) child.kill('SIGKILL');
            })
            .catch(() => undefined);
        }, 50)
      : undefined;
    child.on('close', (code, signal) => {
      clearInterval(timer);
      done({ code, signal, stdout, stderr });
    });
  });
}

/** What must be the same whichever way the list was audited: each page's rule outcomes and finding ids. */
function outcomes(audits: AuditExport) {
  return Object.fromEntries(
    audits.pages.map((page) => [
      page.url,
      {
        rules: page.rules.map((rule) => `${rule.ruleId}:${rule.outcome}`).sort(),
        findings: page.findings.map((finding) => finding.id).sort(),
      },
    ]),
  );
}

describe('shards on a fan-out engine, simulated', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dotbogi-cli-shards-'));
    await writeFile(join(dir, 'urls.txt'), `# one list for every shard\n${PAGES.join('\n')}\n`);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('shards in parallel, one killed and resumed, merged, equal a single run of the same list', { timeout: 600_000 }, async () => {
    const urls = join(dir, 'urls.txt');
    const common = ['--urls', urls, '--offline', '--format', 'json', '--concurrency', '1'];
    const shardOut = (index: number) => join(dir, `shard-${index}`);
    // Shard K of N from the index a Kubernetes Indexed Job gives each pod (0-based).
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, index) =>
        // Shard 2 runs in a terminal, and replaces its browser after every page: none may be lost on the way.
        cli([...common, '--shard-count', String(SHARDS), '--out', shardOut(index), ...(index === 1 ? ['--recycle-after', '1'] : [])], {
          env: { JOB_COMPLETION_INDEX: String(index) },
          ...(index === 0 ? { killAfterLines: { file: join(shardOut(0), 'audit.jsonl'), lines: 1 } } : { terminal: true }),
        }),
      ),
    );
    expect(shards[0]!.signal, shards[0]!.stdout).toBe('SIGKILL');
    expect(shards[1]!.code, shards[1]!.stderr).toBe(0);
    expect(shards[1]!.stdout).toContain(`Shard 2/${SHARDS}: 3 of 6 targets.`);
    // Two fresh browsers, not three: none is started when the work has run out.
    expect(shards[1]!.stdout.match(/A fresh browser \(after 1 page\)\./g)).toHaveLength(2);
    // In a terminal: one bar, redrawn in place (pages done of the total, the rate), no line per page.
    expect(shards[1]!.stdout).toContain('\r\x1b[2K');
    expect(shards[1]!.stdout).toMatch(/\[█+░*\] 페이지 1\/3개 · /);
    expect(shards[1]!.stdout).toMatch(/\[█{24}\] 페이지 3\/3개 · 분당 [\d.,]+페이지 · \d+(초|분)\r?\n/);
    expect(shards[1]!.stdout).not.toContain('✓');

    // The killed shard continues where it stopped: the page it had finished is not audited again.
    const done = (await readFile(join(shardOut(0), 'audit.jsonl'), 'utf8')).split('\n').filter(Boolean).length;
    const resumed = await cli(['--resume', '--out', shardOut(0)]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`already done.`);
    expect(resumed.stdout.match(/^✓ /gm) ?? []).toHaveLength(3 - done);
    const lines = (await readFile(join(shardOut(0), 'audit.jsonl'), 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);

    const merged = await cli([
      'merge',
      ...Array.from({ length: SHARDS }, (_, index) => shardOut(index)),
      '--out',
      join(dir, 'merged'),
      '--format',
      'json',
    ]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).not.toContain('Warning');

    // The single run replaces its browser on memory pressure (a 1 MiB limit, read every 5 pages): page 6 in a new one.
    const single = await cli([...common, '--browser-memory', '1', '--out', join(dir, 'single')]);
    expect(single.code, single.stderr).toBe(0);
    expect(single.stdout.match(/^A fresh browser \(its memory reached \d+ MiB\)\.$/gm)).toHaveLength(1);
    // Not a terminal: plain lines, one a page in the list's order of completion, and a last status line; no bar.
    expect(single.stdout).not.toMatch(/\r|\x1b/);
    // In the run's language (Korean by default), in the words of its summary.
    expect(single.stdout.match(/^✓ \d\/6 http:\/\/demo\.gov\.kr\/after\/\S+ — 문제 \d+건\(\d+곳\)/gm)).toHaveLength(6);
    expect(single.stdout).toMatch(/^— 페이지 6\/6개 · 분당 [\d.,]+페이지$/m);

    const mergedAudits = JSON.parse(await readFile(join(dir, 'merged', 'audit.json'), 'utf8')) as AuditExport;
    const singleAudits = JSON.parse(await readFile(join(dir, 'single', 'audit.json'), 'utf8')) as AuditExport;
    // Same pages, in the list's order however the shards split it.
    expect(mergedAudits.pages.map((page) => page.url)).toEqual(PAGES);
    expect(singleAudits.pages.map((page) => page.url)).toEqual(PAGES);
    expect(outcomes(mergedAudits)).toEqual(outcomes(singleAudits));
    expect(Object.values(outcomes(singleAudits)).some((page) => page.findings.length > 0)).toBe(true);
    const run = JSON.parse(await readFile(join(dir, 'merged', 'run.json'), 'utf8')) as RunRecord;
    expect(run.shards).toEqual(Array.from({ length: SHARDS }, (_, index) => ({ index: index + 1, total: SHARDS })));
    expect(run.failures).toEqual([]);
  });
});
