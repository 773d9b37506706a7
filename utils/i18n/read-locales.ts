/**
 * Reads the locales folder into lint.ts's input (Node only: the CLI and the unit test).
 * Files starting with "_" are data about translations (context notes, source hashes), not strings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LocaleInput, type SourceHashes } from './lint.ts';

export const ALL_NAMESPACES = ['common', 'overlay', 'guides', 'glossary', 'audit', 'report', 'settings', 'studio', 'manifest'] as const;
export const SOURCE_HASHES_FILE = '_source-hashes.json';

export function readLocaleInput(root: string): LocaleInput {
  const languagesFile = JSON.parse(readFileSync(join(root, 'locales/languages.json'), 'utf8')) as {
    source: string;
    languages: { code: string; status: string }[];
  };
  const files: LocaleInput['files'] = {};
  const hashes: Record<string, SourceHashes> = {};
  for (const { code } of languagesFile.languages) {
    const dir = join(root, 'locales', code);
    files[code] = {};
    for (const namespace of ALL_NAMESPACES) {
      const path = join(dir, `${namespace}.json`);
      if (existsSync(path)) files[code][namespace] = readFileSync(path, 'utf8');
    }
    const hashPath = join(dir, SOURCE_HASHES_FILE);
    if (existsSync(hashPath)) hashes[code] = JSON.parse(readFileSync(hashPath, 'utf8')) as SourceHashes;
  }
  return { source: languagesFile.source, languages: languagesFile.languages, namespaces: ALL_NAMESPACES, files, hashes };
}
