/**
 * Every npm script the docs name works from a fresh clone: this file runs the cheap ones the
 * way a reader would (`npm run …`), and checks that .ci/run runs the others. A new script must
 * be placed in SCRIPTS (run here, run by CI, or not run — and why), so none is left unproven.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const ci = read('.ci/run');

/** How each script is proven to work. */
const SCRIPTS: Record<string, { here: true } | { ci: string } | { notRun: string }> = {
  'i18n:check': { here: true },
  'i18n:import': { here: true }, // a refused file here; a file taken in: utils/i18n/import.test.ts (a copy of locales/)
  'guides:check': { here: true },
  'demo-site': { here: true },
  audit: { here: true }, // `--help` here; whole audits in tests/e2e/cli.e2e.ts
  build: { ci: 'npm run build' },
  'build:firefox': { ci: 'npm run build:firefox' },
  'build:e2e': { ci: 'npm test' }, // tests/e2e/global-setup.ts builds it
  postinstall: { ci: 'npm ci' },
  typecheck: { ci: 'npm run typecheck' },
  lint: { ci: 'npm run lint' },
  'lint:firefox': { ci: 'npm run lint:firefox' },
  test: { ci: 'npm test' },
  dev: { notRun: 'a watching dev server: it never ends' },
  format: { notRun: 'rewrites files; lint proves the same configuration' },
  zip: { notRun: 'the two builds CI runs, then packed into archives' },
  bench: { notRun: 'minutes of measuring on a quiet machine; the lead runs it' },
};

function npmRun(args: string[]) {
  return spawnSync('npm', ['run', '--silent', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('npm scripts', () => {
  it('names only scripts that exist, and places every script', () => {
    const docs = ['README.md', 'ARCHITECTURE.md', 'utils/audit/cli/README.md'].map(read).join('\n');
    const named = [...docs.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(5);
    for (const name of named) expect(Object.keys(scripts), `docs name "npm run ${name}"`).toContain(name);
    expect(Object.keys(SCRIPTS).sort()).toEqual(Object.keys(scripts).sort());
    for (const [name, proof] of Object.entries(SCRIPTS)) if ('ci' in proof) expect(ci, `.ci/run runs ${name}`).toContain(proof.ci);
  });

  it('i18n:check passes on the shipped locales', () => {
    const run = npmRun(['i18n:check']);
    expect(run.stderr + run.stdout).toContain('No errors.');
    expect(run.status).toBe(0);
  }, 120_000);

  it('i18n:import refuses a studio file with an error, naming the key, and changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dotbogi-import-'));
    const file = join(dir, 'dotbogi-vi.json');
    const why = 'Xong thì nhấn 「Bước tiếp」.';
    writeFileSync(
      file,
      JSON.stringify({
        format: 'dotbogi-locale',
        version: 1,
        language: 'vi',
        strings: { guides: { 'move-in': { steps: { details: { why } } } } },
      }),
    );
    const before = read('locales/vi/guides.json');
    try {
      const run = npmRun(['i18n:import', '--', file]);
      expect(run.stderr).toContain('vi/guides.json › move-in.steps.details.why');
      expect(run.stderr).toContain('Nothing was imported');
      expect(run.status).toBe(1);
      expect(read('locales/vi/guides.json')).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('guides:check passes for the shipped guides (plain Node, the @/ alias resolved)', () => {
    const run = npmRun(['guides:check']);
    expect(run.stdout).toContain('All guides pass.');
    expect(run.status).toBe(0);
  }, 120_000);

  it('audit -- --help prints the usage without starting a browser', () => {
    const run = npmRun(['audit', '--', '--help']);
    expect(run.stdout).toMatch(/^Usage:/m);
    expect(run.stdout).toContain('--format');
    expect(run.status).toBe(0);
  }, 120_000);

  it('demo-site serves the demo government site until it is stopped', async () => {
    // Its own process group, so stopping it stops npm and the server under it.
    const server = spawn('npm', ['run', '--silent', 'demo-site'], { cwd: ROOT, env: { ...process.env, PORT: '0' }, detached: true });
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /(http:\/\/[^\s/]+)\/demo-site\//.exec(out);
          if (found) resolve(found[1]!);
        });
        server.on('exit', (code) => reject(new Error(`demo-site exited (${code}): ${out}`)));
      });
      const page = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        get(`${origin}/demo-site/before/index.html`, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        }).on('error', reject);
      });
      expect(page.status).toBe(200);
      expect(page.body).toContain('정부24');
    } finally {
      const stopped = new Promise((resolve) => server.on('exit', resolve));
      process.kill(-server.pid!, 'SIGTERM');
      await stopped;
    }
  }, 60_000);
});
