import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from './program.ts';

/**
 * Broken input given to the whole CLI (`run`, as `npm run audit` calls it): each is refused before
 * a browser starts, with the file and line, exit code 2, and the results of an earlier run in the
 * --out folder are left exactly as they were.
 */
const ROOT = resolve(import.meta.dirname, '../../..');

let dir: string;
let out: string;
let earlier: Record<string, string>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dotbogi-cli-bad-input-'));
  out = join(dir, 'results');
  // An earlier run's results: whatever happens next, these bytes must stay.
  earlier = {
    'audit.jsonl': '{"type":"page","key":"http://demo.gov.kr/a","order":0}\n',
    'audit.json': '{"earlier":true}\n',
    'run.json': '{"earlier":true}\n',
  };
  await mkdir(out);
  for (const [name, text] of Object.entries(earlier)) await writeFile(join(out, name), text);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { isTTY: false, write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: dir,
    root: ROOT,
    env: {},
  });
  const files: Record<string, string> = {};
  for (const name of await readdir(out)) files[name] = await readFile(join(out, name), 'utf8');
  return { code, stdout, stderr, files };
}

describe('bad input to the audit CLI', () => {
  it('names the URL list it cannot read, or the line of it that is not one address', async () => {
    const missing = await cli(['--urls', 'nowhere.txt', '--offline', '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Cannot read the URL list nowhere\.txt: ENOENT/);
    expect(missing.files).toEqual(earlier);

    await writeFile(join(dir, 'urls.txt'), '# 민원\nhttp://demo.gov.kr/after/help.html\nhttp://demo.gov.kr/a, http://demo.gov.kr/b\n');
    const broken = await cli(['--urls', 'urls.txt', '--offline', '--out', out]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('urls.txt line 3: "http://demo.gov.kr/a, http://demo.gov.kr/b" is not one address');
    expect(broken.files).toEqual(earlier);

    await writeFile(join(dir, 'urls.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const binary = await cli(['--urls', 'urls.bin', '--offline', '--out', out]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('urls.bin is not a text file');
    expect(binary.files).toEqual(earlier);
  });

  it('names the sitemap file and line that is not well-formed XML, or not a sitemap', async () => {
    await writeFile(
      join(dir, 'sitemap.xml'),
      '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>http://demo.gov.kr/</loc></url>\n<url><loc>http://demo.gov.kr/b</url>\n</urlset>\n',
    );
    const broken = await cli(['--sitemap', 'sitemap.xml', '--offline', '--out', out]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/sitemap\.xml line 4: /);
    expect(broken.files).toEqual(earlier);

    await writeFile(join(dir, 'page.xml'), '<html>\n<body>Not found</body></html>');
    const notSitemap = await cli(['--sitemap', 'page.xml', '--offline', '--out', out]);
    expect(notSitemap.code).toBe(2);
    expect(notSitemap.stderr).toMatch(/page\.xml line 1: <html> is not a sitemap/);
    expect(notSitemap.files).toEqual(earlier);
  });

  it('names the line of a broken state.json or result line, and changes nothing in the folder', async () => {
    const state =
      '{\n  "format": "dotbogi-audit-state",\n  "version": 1,\n  "status": "running"\n  "startedAt": "2026-12-07T00:00:00Z"\n}\n';
    await writeFile(join(out, 'state.json'), state);
    const resumed = await cli(['--resume', '--out', out]);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toContain(`${join(out, 'state.json')} line 5: not valid JSON`);
    expect(resumed.stderr).toContain('Nothing in that folder was changed.');
    expect(resumed.files).toEqual({ ...earlier, 'state.json': state });

    // A state that is JSON but not a run's: the line of the wrong field.
    const wrong = '{\n  "format": "dotbogi-audit-state",\n  "version": 7\n}\n';
    await writeFile(join(out, 'state.json'), wrong);
    const reported = await cli(['report', out]);
    expect(reported.code).toBe(2);
    expect(reported.stderr).toMatch(/state\.json line 3: not a Dotbogi run state \(version: /);
    expect(reported.files).toEqual({ ...earlier, 'state.json': wrong });
  });
});
