import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditExport } from '../../utils/audit/types.ts';
import type { RunRecord } from '../../utils/audit/cli/record.ts';
import type { RunState } from '../../utils/audit/cli/stream/state.ts';
import { ROOT } from './support/paths';

const SITE = join(ROOT, 'tests/fixtures/crawl-site');
/** The CLI serves a folder of local files under a made-up host; the crawl site is the first. */
const HOST = 'http://site1.files.dotbogi.test';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI the way a user does (plain Node); `interruptAfter` sends Ctrl-C's SIGINT once that
 * many pages are in the stream, as a person at the terminal would.
 */
function cli(args: string[], options: { interruptAfter?: { file: string; pages: number }; stdin?: string } = {}): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['utils/audit/cli/main.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
    let timer: NodeJS.Timeout | undefined;
    if (options.interruptAfter) {
      const { file, pages } = options.interruptAfter;
      timer = setInterval(() => {
        void readFile(file, 'utf8')
          .then((text) => {
            if (text.split('\n').filter(Boolean).length >= pages) {
              clearInterval(timer);
              child.kill('SIGINT');
            }
          })
          .catch(() => undefined);
      }, 100);
    }
    child.on('close', (code) => {
      clearInterval(timer);
      done({ code: code ?? 1, stdout, stderr });
    });
  });
}

const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T;

describe('npm run audit -- --crawl', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dotbogi-cli-crawl-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(
    'crawls a site by the links the browser shows, politely and within its limits, and lists every page it did not audit',
    { timeout: 480_000 },
    async () => {
      const out = join(dir, 'crawl');
      const args = [
        '--crawl',
        join(SITE, 'index.html'),
        '--offline',
        '--max-query-variants',
        '3',
        '--max-depth',
        '5',
        '--format',
        'json,md',
        '--out',
        out,
      ];
      // Interrupted after 3 pages: the pages in progress are finished, the state kept, the resume command printed.
      const stopped = await cli(args, { interruptAfter: { file: join(out, 'audit.jsonl'), pages: 3 } });
      expect(stopped.stdout, stopped.stderr).toContain(`Continue with: npm run audit -- --resume --out ${out}`);
      expect(stopped.code).toBe(130);
      expect((await readJson<RunState>(join(out, 'state.json'))).status).toBe('interrupted');
      const kept = (await readFile(join(out, 'audit.jsonl'), 'utf8')).split('\n').filter(Boolean).length;
      expect(kept).toBeGreaterThanOrEqual(3);

      // A new run into that folder is refused rather than overwriting it.
      const refused = await cli(args);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('holds a run that did not finish');

      const resumed = await cli(['--resume', '--out', out]);
      expect(resumed.stdout, resumed.stderr).toContain(`Resuming ${out}: ${kept} pages already done.`);
      // Not audited: a download, a robots.txt disallow, a redirect off the crawled origin.
      expect(resumed.code).toBe(2);

      // Addresses as crawled are in the stream; audit.json holds them as the extension redacts them (query values masked).
      const lines = (await readFile(join(out, 'audit.jsonl'), 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { type: string; url: string });
      const audited = lines
        .filter((line) => line.type === 'page')
        .map((line) => line.url)
        .sort();
      expect((await readJson<AuditExport>(join(out, 'audit.json'))).pages).toHaveLength(audited.length);
      expect(audited).toEqual(
        [
          `${HOST}/index.html`,
          `${HOST}/about.html`,
          // Linked only from the menu the page's script builds.
          `${HOST}/services/apply.html`,
          `${HOST}/calendar.html?month=1`,
          `${HOST}/calendar.html?month=2`,
          `${HOST}/calendar.html?month=3`,
        ].sort(),
      );
      // Each page once however it was linked (#team, ?utm_source=…), and never the page behind the form.
      expect(new Set(audited).size).toBe(audited.length);
      expect(audited.some((url) => url.includes('submitted'))).toBe(false);

      const run = await readJson<RunRecord>(join(out, 'run.json'));
      expect(run.failures.map((failure) => [failure.url, failure.kind]).sort()).toEqual(
        [
          [`${HOST}/moved.html`, 'off-site'],
          [`${HOST}/private/secret.html`, 'robots'],
          [`${HOST}/report.do`, 'download'],
        ].sort(),
      );
      expect(run.notes?.join('\n')).toMatch(
        /Possible crawl trap: http:\/\/site1\.files\.dotbogi\.test\/calendar\.html has more than 3 addresses/,
      );
      expect(resumed.stdout).toContain('Note: Possible crawl trap');
      expect(resumed.stdout).toMatch(
        /✗ http:\/\/site1\.files\.dotbogi\.test\/private\/secret\.html: robots\.txt does not allow crawling it/,
      );
      // Never a mailto:, tel:, javascript:, a PDF, a download link, or another site.
      for (const line of lines) expect(line.url).toMatch(/^http:\/\/site1\.files\.dotbogi\.test\//);
      expect(lines.map((line) => line.url).join('\n')).not.toMatch(/mailto:|tel:|javascript:|notice\.pdf|guide\.html|example\.com/);

      // The reports are built again from the stream, later, on request.
      const again = await cli(['report', out, '--format', 'json']);
      expect(again.code).toBe(2);
      expect(again.stdout).toContain('페이지 6개를 검사했습니다. 3개는 검사하지 못했습니다(아래 참고).');
    },
  );

  it(
    'reads targets from a URL list on standard input and from a gzip sitemap, and names the line of a broken list',
    { timeout: 240_000 },
    async () => {
      const sitemap = join(dir, 'sitemap.xml.gz');
      await writeFile(
        sitemap,
        gzipSync(
          '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
            '<url><loc>http://demo.gov.kr/after/help.html</loc></url>\n<url><loc>http://demo.gov.kr/after/captcha.html#top</loc></url>\n</urlset>\n',
        ),
      );
      const out = join(dir, 'lists');
      const run = await cli(['--urls', '-', '--sitemap', sitemap, '--offline', '--format', 'json', '--out', out], {
        stdin: '# 도움말 두 번: 한 번만 검사\nhttp://demo.gov.kr/after/help.html\nhttp://demo.gov.kr/after/help.html?utm_campaign=x\n',
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Note: 2 addresses were given more than once');
      const audits = await readJson<AuditExport>(join(out, 'audit.json'));
      expect(audits.pages.map((page) => page.url)).toEqual(['http://demo.gov.kr/after/help.html', 'http://demo.gov.kr/after/captcha.html']);

      const list = join(dir, 'broken.txt');
      await writeFile(list, 'http://demo.gov.kr/after/help.html\nhttp://demo.gov.kr/a http://demo.gov.kr/b\n');
      const broken = await cli(['--urls', list, '--offline', '--out', out]);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain(`${list} line 2: "http://demo.gov.kr/a http://demo.gov.kr/b" is not one address`);
      // The earlier results are untouched.
      expect((await readJson<AuditExport>(join(out, 'audit.json'))).pages).toHaveLength(2);
    },
  );
});
