/**
 * `npm run i18n:check`: reads the locale files and the code, runs lint.ts, prints the problems
 * and the completeness table. Exits non-zero on any error. `--write-readme` also writes the
 * table into README.md; `--warnings` lists every warning instead of counting them.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { completenessTable, lintReadme, withReadmeTable } from './readme.ts';
import { lintLocales, type LocaleInput } from './lint.ts';
import { locationOf, type Problem } from './problem.ts';
import { readLocaleInput } from './read-locales.ts';

const root = resolve(import.meta.dirname, '../..');
const args = new Set(process.argv.slice(2));
const input: LocaleInput = { ...readLocaleInput(root), usage: readUsage(root) };
const { problems, completeness } = lintLocales(input);
const names = Object.fromEntries(readLanguages(root).map((language) => [language.code, language.name]));

const table = completenessTable(completeness, names);
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
if (args.has('--write-readme')) writeFileSync(readmePath, withReadmeTable(readme, table));
else problems.push(...lintReadme(readme, table));

const errors = problems.filter((item) => item.severity === 'error');
const warnings = problems.filter((item) => item.severity === 'warning');
for (const item of errors) console.error(`error   ${format(item)}`);
if (args.has('--warnings')) for (const item of warnings) console.warn(`warning ${format(item)}`);
else if (warnings.length)
  console.warn(`${warnings.length} warnings (changed sources, long strings, unused keys): run with --warnings to list them`);

console.log(`\n${table}\n`);
if (args.has('--write-readme')) console.log('README.md: completeness table updated.');
console.log(errors.length ? `${errors.length} errors.` : 'No errors.');
process.exitCode = errors.length ? 1 : 0;

function format(item: Problem): string {
  const where = locationOf(item);
  if (!where) return item.message;
  return `${where}: ${item.key && item.message.startsWith(`${item.key}: `) ? item.message.slice(item.key.length + 2) : item.message}`;
}

function readLanguages(rootDir: string): { code: string; name: string }[] {
  return JSON.parse(readFileSync(join(rootDir, 'locales/languages.json'), 'utf8')).languages;
}

/** Every quoted literal in our code, to tell used keys from unused ones. */
function readUsage(rootDir: string): NonNullable<LocaleInput['usage']> {
  const literals = new Set<string>();
  const quoted = /(['"`])([A-Za-z][\w.:-]*)\1/g;
  for (const dir of ['entrypoints', 'components', 'utils']) {
    for (const file of walk(join(rootDir, dir))) {
      if (!/\.(tsx?|jsx?)$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(quoted)) literals.add(match[2]!);
    }
  }
  const dynamicPath = join(rootDir, 'locales/dynamic-keys.json');
  const dynamicFile = existsSync(dynamicPath) ? JSON.parse(readFileSync(dynamicPath, 'utf8')) : {};
  return { literals, dynamic: dynamicFile.keys ?? {}, dataNamespaces: dynamicFile.dataNamespaces ?? [] };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
