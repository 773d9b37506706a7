/**
 * `npm run i18n:check`: reads the locale files and the code, records the source hashes
 * (hashes.ts: which Korean each translation was made from), runs the lint, prints the problems
 * and the completeness table. Exits non-zero on any error.
 *
 *   --warnings        list every warning instead of counting them
 *   --write-readme    write the table into README.md (otherwise a stale table is an error)
 *   --fix             apply the orthography rules that have one right answer (Uzbek ʻ, doubled
 *                     spaces …) to every file, then check
 *   --accept ns:key   the Korean of ns:key was edited in a way that needs no new translation:
 *                     record every language's translation as made from the new Korean
 *                     (repeat it, or end a key with * for every key under a prefix)
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintLocales, parseLocales, type LocaleInput } from './lint.ts';
import { locationOf, type Problem } from './problem.ts';
import { completenessTable, lintReadme, withReadmeTable } from './readme.ts';
import { differingKeys, syncHashes } from './hashes.ts';
import { fixOrthography } from './orthography.ts';
import { readLanguagesFile, readLocaleInput, writeHashes } from './read-locales.ts';

/** Short names for the summary line; codes without one are shown as they are. */
const WARNING_NAMES: Record<string, string> = {
  changed: 'Korean changed since translated',
  'too-long': 'long',
  'much-too-long': 'much too long',
  unused: 'unused keys',
  'term-mismatch': 'glossary term rendered differently',
  'term-missing': 'glossary terms missing',
  orthography: 'forms of address to reconsider',
};

const root = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const accepted = argv.flatMap((arg, index) => (argv[index - 1] === '--accept' ? arg.split(',') : []));
if (args.has('--fix')) fixFiles();
const input: LocaleInput = { ...readLocaleInput(root), usage: readUsage(root) };
recordHashes(input);
const { problems, completeness } = lintLocales(input);
const names = Object.fromEntries(readLanguagesFile(root).languages.map((language) => [language.code, language.name]));

const table = completenessTable(completeness, names);
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
if (args.has('--write-readme')) writeFileSync(readmePath, withReadmeTable(readme, table));
else problems.push(...lintReadme(readme, table));

const errors = problems.filter((item) => item.severity === 'error');
const warnings = problems.filter((item) => item.severity === 'warning');
for (const item of errors) console.error(`error   ${format(item)}`);
if (args.has('--warnings')) for (const item of warnings) console.warn(`warning ${format(item)}`);
else if (warnings.length) {
  const byCode = new Map<string, number>();
  for (const item of warnings) byCode.set(item.code, (byCode.get(item.code) ?? 0) + 1);
  const counts = [...byCode].map(([code, count]) => `${count} ${WARNING_NAMES[code] ?? code}`).join(', ');
  console.warn(`${warnings.length} warnings (${counts}): run with --warnings to list them`);
}

console.log(`\n${table}\n`);
if (args.has('--write-readme')) console.log('README.md: completeness table updated.');
console.log(errors.length ? `${errors.length} errors.` : 'No errors.');
process.exitCode = errors.length ? 1 : 0;

function format(item: Problem): string {
  const where = locationOf(item);
  if (!where) return item.message;
  return `${where}: ${item.key && item.message.startsWith(`${item.key}: `) ? item.message.slice(item.key.length + 2) : item.message}`;
}

/** Rewrites every locale file with the mechanical orthography fixes applied (the format the files already have). */
function fixFiles(): void {
  const { files, namespaces, context } = readLocaleInput(root);
  let fixed = 0;
  for (const [language, byNamespace] of Object.entries(files)) {
    for (const namespace of namespaces) {
      const text = byNamespace[namespace];
      if (text === undefined) continue;
      let changed = 0;
      const tree = JSON.parse(text, (_key, value: unknown) => {
        if (typeof value !== 'string') return value;
        const next = fixOrthography(value, language, context!.orthography!);
        if (next !== value) changed += 1;
        return next;
      }) as unknown;
      if (!changed) continue;
      writeFileSync(join(root, 'locales', language, `${namespace}.json`), `${JSON.stringify(tree, null, 2)}\n`);
      console.log(`${language}/${namespace}.json: fixed ${changed} strings`);
      fixed += changed;
    }
  }
  if (!fixed) console.log('Nothing to fix.');
}

/** Brings every language's _source-hashes.json up to date with its files, and says what it wrote. */
function recordHashes(localeInput: LocaleInput): void {
  const { sources, targets } = parseLocales(localeInput);
  const accept = (namespace: string, key: string) =>
    accepted.some((item) => {
      const [ns, pattern = ''] = item.split(':');
      return ns === namespace && (pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : key === pattern);
    });
  let written = 0;
  for (const [language, target] of Object.entries(targets)) {
    const recorded = localeInput.hashes?.[language] ?? {};
    const hashes = syncHashes({ language, sources, targets: target, recorded, accept });
    const changed = differingKeys(recorded, hashes);
    if (!changed.length) continue;
    writeHashes(root, language, hashes);
    localeInput.hashes![language] = hashes;
    written += changed.length;
  }
  if (written) console.log(`Recorded source hashes for ${written} strings: commit locales/*/_source-hashes.json with your change.`);
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
