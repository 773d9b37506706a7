import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlobImports } from './node-resolution.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('plain Node loading the extension’s modules (the CLI)', () => {
  it('expands an eager glob import into static imports keyed like Vite’s, leaving out the negated files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dotbogi-glob-'));
    mkdirSync(join(dir, 'parts'));
    for (const name of ['b.ts', 'a.ts', 'a.test.ts']) writeFileSync(join(dir, 'parts', name), '');
    const source =
      "const parts = import.meta.glob<{ x: number }>(['./parts/*.ts', '!./parts/*.test.ts'], { eager: true });\nexport { parts };";
    const out = expandGlobImports(source, dir);
    rmSync(dir, { recursive: true, force: true });
    expect(out).toBe(
      'import * as __glob0 from "./parts/a.ts"; import * as __glob1 from "./parts/b.ts";const parts = ({ "./parts/a.ts": __glob0, "./parts/b.ts": __glob1 });\nexport { parts };',
    );
  });

  it('loads the export registry with every format file, as the report page’s bundle does', () => {
    const script = `
      import { registerProjectResolution } from './utils/audit/cli/node-resolution.ts';
      registerProjectResolution(process.cwd());
      const { EXPORT_FORMATS } = await import('./utils/report/export/registry.ts');
      process.stdout.write(JSON.stringify(EXPORT_FORMATS.map((format) => format.id)));`;
    const ids = execFileSync(join(ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    return import('../../report/export/registry.ts').then(({ EXPORT_FORMATS }) =>
      expect(JSON.parse(ids)).toEqual(EXPORT_FORMATS.map((format) => format.id)),
    );
  });
});
