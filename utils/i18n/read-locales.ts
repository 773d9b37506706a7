/**
 * Reads the locales folder into lint.ts's input (Node only: the CLI and the unit test).
 * The namespaces are the Korean files: a new locales/ko/<namespace>.json is picked up by the
 * lint, the hash records and the studio without a list to edit. Files starting with "_" are data
 * about translations (context notes, source hashes, reviews), not strings.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LintContext, LocaleInput } from './lint.ts';
import type { TermbaseFile } from './termbase.ts';
import type { GlossaryTerm } from '../glossary/term-matcher.ts';
import type { OrthographyFile } from './orthography.ts';
import { hashesFileText, hashesFromFile, type SourceHashes } from './hashes.ts';

export const SOURCE_HASHES_FILE = '_source-hashes.json';
export const REVIEWS_FILE = '_reviews.json';

interface LanguagesFile {
  source: string;
  languages: { code: string; status: string; name: string }[];
}

export function readLanguagesFile(root: string): LanguagesFile {
  return JSON.parse(readFileSync(join(root, 'locales/languages.json'), 'utf8')) as LanguagesFile;
}

/** The namespaces: one per file in the source language's folder. */
export function namespacesIn(root: string, source = 'ko'): string[] {
  return readdirSync(join(root, 'locales', source))
    .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export function readLocaleInput(root: string): LocaleInput {
  const languagesFile = readLanguagesFile(root);
  const namespaces = namespacesIn(root, languagesFile.source);
  const files: LocaleInput['files'] = {};
  const hashes: Record<string, SourceHashes> = {};
  const reviews: Record<string, unknown> = {};
  for (const { code } of languagesFile.languages) {
    const dir = join(root, 'locales', code);
    files[code] = {};
    for (const namespace of namespaces) {
      const path = join(dir, `${namespace}.json`);
      if (existsSync(path)) files[code][namespace] = readFileSync(path, 'utf8');
    }
    if (code === languagesFile.source) continue;
    const reviewsPath = join(dir, REVIEWS_FILE);
    if (existsSync(reviewsPath)) reviews[code] = JSON.parse(readFileSync(reviewsPath, 'utf8')) as unknown;
    const hashPath = join(dir, SOURCE_HASHES_FILE);
    hashes[code] = existsSync(hashPath) ? hashesFromFile(JSON.parse(readFileSync(hashPath, 'utf8'))) : {};
  }
  const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;
  const context: LintContext = {
    orthography: json('locales/orthography.json') as OrthographyFile,
    termbase: {
      file: json('locales/termbase.json') as TermbaseFile,
      terms: (json('utils/glossary/terms.json') as { terms: GlossaryTerm[] }).terms,
    },
  };
  return { source: languagesFile.source, languages: languagesFile.languages, namespaces, files, hashes, reviews, context };
}

export function writeHashes(root: string, language: string, hashes: SourceHashes): void {
  writeFileSync(join(root, 'locales', language, SOURCE_HASHES_FILE), hashesFileText(hashes));
}
