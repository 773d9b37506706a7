import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { dotbogiImports } from '../lint/import-rules';

/** A tiny repository: a tsconfig with the `@/` alias and the given files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
  const all = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { moduleResolution: 'bundler', paths: { '@/*': ['./*'] } } }),
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

async function lint(root: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: {
      files: ['**/*.ts'],
      languageOptions: { parser: (await import('typescript-eslint')).parser },
      plugins: { dotbogi: dotbogiImports },
      rules: { 'dotbogi/shipped-imports-no-tests': 'error', 'dotbogi/no-import-cycle': 'error' },
    },
  });
  const results = await eslint.lintFiles(['**/*.ts']);
  return results
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(root.length + 1)}: ${message.ruleId}`))
    .sort();
}

describe('import rules (lint)', () => {
  it('reports a cycle through the @/ alias and type-only imports, in every file of it', async () => {
    const root = project({
      'utils/a.ts': "import type { B } from '@/utils/b';\nexport interface A { b: B }",
      'utils/b.ts': "import { c } from './c';\nexport interface B { c: typeof c }",
      'utils/c.ts': "import type { A } from './a';\nexport const c = 1 as unknown as A;",
      'utils/d.ts': "import { c } from './c';\nexport const d = c;",
    });
    expect(await lint(root)).toEqual([
      'utils/a.ts: dotbogi/no-import-cycle',
      'utils/b.ts: dotbogi/no-import-cycle',
      'utils/c.ts: dotbogi/no-import-cycle',
    ]);
  });

  it('reports shipped code that imports from tests/, and lets tests import shipped code', async () => {
    const root = project({
      'components/studio/Preview.ts': "import { sample } from '@/tests/kits/sample';\nexport const preview = sample;",
      'utils/report/build.ts': 'export const build = () => 1;',
      'utils/report/build.test.ts': "import { sample } from '../../tests/kits/sample';\nexport const t = sample;",
      'tests/kits/sample.ts': "import { build } from '../../utils/report/build';\nexport const sample = build();",
    });
    expect(await lint(root)).toEqual(['components/studio/Preview.ts: dotbogi/shipped-imports-no-tests']);
  });
});
