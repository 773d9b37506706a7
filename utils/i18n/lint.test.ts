import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintLocales, type LocaleInput } from './lint';
import { completenessTable, withReadmeTable, lintReadme } from './readme';
import { locationOf, type Problem } from './problem';
import { sourceHash, translationHash } from './hashes';
import { validateBundle } from './bundle';
import { readLocaleInput } from './read-locales';
import { styleNotesFor } from './style-notes';

const KO = JSON.stringify({ greeting: '안녕하세요, {{name}}님', files_other: '파일 {{count}}개', nested: { close: '닫기' } });

function input(files: Record<string, string>, extra: Partial<LocaleInput> = {}): LocaleInput {
  return {
    source: 'ko',
    languages: [{ code: 'ko', status: 'source' }, ...Object.keys(files).map((code) => ({ code, status: 'draft' }))],
    namespaces: ['common'],
    files: { ko: { common: KO }, ...Object.fromEntries(Object.entries(files).map(([code, text]) => [code, { common: text }])) },
    ...extra,
  };
}

const errorsOf = (problems: Problem[]) =>
  problems.filter((item) => item.severity === 'error').map((item) => `${locationOf(item)}: ${item.code}`);

describe('lintLocales on malformed translations', () => {
  it('rejects broken JSON, naming the file and the reason', () => {
    const { problems } = lintLocales(input({ en: '{ "greeting": "Hi" ' }));
    expect(errorsOf(problems)).toEqual(['en/common.json: parse']);
    expect(problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('rejects a missing placeholder, naming the key and the placeholder', () => {
    const en = { greeting: 'Hello', files_one: 'one file', files_other: '{{count}} files', nested: { close: 'Close' } };
    const { problems } = lintLocales(input({ en: JSON.stringify(en) }));
    expect(errorsOf(problems)).toEqual(['en/common.json › greeting: placeholder-missing']);
    expect(problems[0]!.message).toBe('greeting: the placeholder {{name}} is missing');
  });

  it('rejects a translation that names a glossary term differently from its source, and a reference to no term', () => {
    const terms = { ko: { terms: JSON.stringify({ finding: '문제', level: { review: '확인 필요' } }) } };
    const korean = { counts: '$t(terms:finding) {{n}}건 · $t(terms:level.review) {{r}}건', lost: '$t(terms:level.reviw)' };
    const files = (en: Record<string, string>) => ({
      ko: { common: JSON.stringify(korean), ...terms.ko },
      en: { common: JSON.stringify(en), terms: JSON.stringify({ finding: 'Findings', level: { review: 'To review' } }) },
    });
    const run = (en: Record<string, string>) =>
      errorsOf(
        lintLocales({
          source: 'ko',
          languages: [
            { code: 'ko', status: 'source' },
            { code: 'en', status: 'draft' },
          ],
          namespaces: ['common', 'terms'],
          files: files(en),
        }).problems,
      );
    // The Korean source's own dangling reference is an error too, in every language that copies it.
    expect(run({ counts: '$t(terms:finding): {{n}} · $t(terms:level.review): {{r}}', lost: '$t(terms:level.reviw)' })).toEqual([
      'ko/common.json › lost: term-unknown',
      'en/common.json › lost: term-unknown',
    ]);
    // Spelling the word out (or naming a different term) instead of the reference.
    const spelled = run({
      counts: 'Findings: {{n}} · $t(terms:level.review): {{r}} $t(terms:level.review)',
      lost: '$t(terms:level.reviw)',
    });
    expect(spelled.filter((line) => line.endsWith('term-reference'))).toEqual([
      'en/common.json › counts: term-reference',
      'en/common.json › counts: term-reference',
    ]);
  });

  it('rejects plural forms the language does not have, and asks for the ones it needs', () => {
    const en = { greeting: 'Hi {{name}}', files_few: '{{count}} files', files_other: '{{count}} files', nested: { close: 'Close' } };
    const { problems } = lintLocales(input({ en: JSON.stringify(en) }));
    expect(errorsOf(problems).sort()).toEqual(['en/common.json › files_few: plural-extra', 'en/common.json › files_one: plural-missing']);
    const ru = { greeting: '{{name}}', files_one: '{{count}} файл', files_other: '{{count}} файла', nested: { close: 'Закрыть' } };
    expect(errorsOf(lintLocales(input({ ru: JSON.stringify(ru) })).problems).sort()).toEqual([
      'ru/common.json › files_few: plural-missing',
      'ru/common.json › files_many: plural-missing',
    ]);
  });

  it('rejects markup and script in a string', () => {
    const en = {
      greeting: 'Hi {{name}} <img src=x onerror=alert(1)>',
      files_one: '1 file',
      files_other: '{{count}} files',
      nested: { close: 'Close' },
    };
    const { problems } = lintLocales(input({ en: JSON.stringify(en) }));
    expect(errorsOf(problems)).toEqual(['en/common.json › greeting: markup']);
    expect(problems.find((item) => item.code === 'markup')!.message).toContain('<img src=x onerror=alert(1)>');
  });

  it('rejects a translation that changes a 「」 label (text on the website), naming the key and the label', () => {
    const files = { common: JSON.stringify({ next: '다 쓰면 「다음 단계」를 누르세요. ‘닫기’로 닫아요.' }) };
    const lint = (en: string) =>
      lintLocales({
        source: 'ko',
        languages: [
          { code: 'ko', status: 'source' },
          { code: 'en', status: 'draft' },
        ],
        namespaces: ['common'],
        files: { ko: files, en: { common: JSON.stringify({ next: en }) } },
      }).problems;
    const translated = lint('Then press 「Next step」. Close it with “Close”.');
    expect(errorsOf(translated)).toEqual(['en/common.json › next: locked-label']);
    expect(translated[0]!.message).toBe('next: 「다음 단계」 is text on the website; keep it exactly as in the Korean, 「」 included');
    expect(errorsOf(lint('Then press “다음 단계” (Next step).'))).toEqual(['en/common.json › next: locked-label']);
    // Dotbogi's own button, in ‘’, is translated; the website's label is kept with a gloss.
    expect(lint('Then press 「다음 단계」 (Next step). Close it with “Close”.')).toEqual([]);
  });

  it('reports missing and extra keys, and non-string values', () => {
    const en = { greeting: 'Hi {{name}}', files_one: '1 file', files_other: '{{count}} files', nested: { clsoe: 'Close' }, count: 3 };
    expect(errorsOf(lintLocales(input({ en: JSON.stringify(en) })).problems).sort()).toEqual([
      'en/common.json › count: not-string',
      'en/common.json › nested.close: missing',
      'en/common.json › nested.clsoe: extra',
    ]);
  });

  it('warns, without failing, when the Korean source changed since translation', () => {
    const en = { greeting: 'Hi {{name}}', files_one: '1 file', files_other: '{{count}} files', nested: { close: 'Close' } };
    const record = (korean: string, ...forms: string[]) => `${sourceHash(korean)} ${translationHash(forms)}`;
    const common = {
      greeting: record('안녕, {{name}}', 'Hi {{name}}'),
      files: record('파일 {{count}}개', '1 file', '{{count}} files'),
      'nested.close': record('닫기', 'Close'),
    };
    const { problems } = lintLocales(input({ en: JSON.stringify(en) }, { hashes: { en: { common } } }));
    expect(problems.map((item) => `${item.severity} ${item.key} ${item.code}`)).toEqual(['warning greeting changed']);
  });

  it('fails, naming the hash file and keys, when hashes were not recorded (old format or a new string)', () => {
    const en = { greeting: 'Hi {{name}}', files_one: '1 file', files_other: '{{count}} files', nested: { close: 'Close' } };
    const hashes = { en: { common: { greeting: sourceHash('안녕, {{name}}'), 'nested.close': sourceHash('닫기') } } };
    const unrecorded = lintLocales(input({ en: JSON.stringify(en) }, { hashes })).problems.filter((item) => item.severity === 'error');
    expect(unrecorded.map((item) => `${locationOf(item)}: ${item.message}`)).toEqual([
      'en/_source-hashes.json: source hashes not recorded for common:greeting, common:nested.close, common:files; run npm run i18n:check (it records them) and commit locales/*/_source-hashes.json',
    ]);
  });

  it('warns about keys no code uses, unless listed as built at run time', () => {
    const usage = { literals: new Set(['greeting', 'files']), dynamic: { common: ['nested.*'] }, dataNamespaces: [] };
    expect(lintLocales(input({}, { usage })).problems).toEqual([]);
    const unused = lintLocales(input({}, { usage: { ...usage, dynamic: {} } })).problems;
    expect(unused.map((item) => `${item.severity} ${item.key} ${item.code}`)).toEqual(['warning nested.close unused']);
  });
});

describe('review status', () => {
  const en = JSON.stringify({ greeting: 'Hi {{name}}', files_one: '1 file', files_other: '{{count}} files', nested: { close: 'Close' } });
  const review = (korean: string, ...forms: string[]) => ({ by: 'Jo', source: sourceHash(korean), translation: translationHash(forms) });
  const reviews = { en: { common: { greeting: review('안녕하세요, {{name}}님', 'Hi {{name}}'), 'nested.close': review('닫기', 'Shut') } } };

  it('counts a review only while the Korean and the translation are the ones reviewed, and shows the share in the table', () => {
    const { completeness } = lintLocales(input({ en }, { reviews }));
    const row = completeness.find((item) => item.language === 'en')!;
    expect([row.reviewed, row.total]).toEqual([1, 3]);
    expect(completenessTable(completeness, {})).toContain('| en | en | draft | 100 % | 33 % | 3 / 3 |');
  });

  it('refuses to call a language reviewed in languages.json until all of it is', () => {
    const marked = {
      ...input({ en }, { reviews }),
      languages: [
        { code: 'ko', status: 'source' },
        { code: 'en', status: 'reviewed' },
      ],
    };
    const [problem] = lintLocales(marked).problems.filter((item) => item.code === 'status-unreviewed');
    expect(problem!.message).toBe(
      'locales/languages.json calls en reviewed, but only 33 % of its strings are: set it back to "draft" until the rest is reviewed',
    );
  });
});

describe('the completeness table', () => {
  it('counts plural keys once and shows status and percentage', () => {
    const half = { greeting: 'Hi {{name}}', files_other: '{{count}} files' };
    const { completeness } = lintLocales(input({ en: JSON.stringify(half) }));
    const table = completenessTable(completeness, { ko: '한국어', en: 'English' });
    expect(table).toContain('| 한국어 | ko | source | 100 % | — | 3 / 3 |');
    expect(table).toContain('| English | en | draft | 33 % | 0 % | 1 / 3 |');
  });

  it('goes between the README markers, and nothing else in README changes', () => {
    const readme = '# Title\n\nText.\n';
    const once = withReadmeTable(readme, '| a |');
    expect(once).toBe('# Title\n\nText.\n\n## Languages\n\n<!-- i18n-table:start -->\n\n| a |\n\n<!-- i18n-table:end -->\n');
    expect(withReadmeTable(`${once}\nAfter.\n`, '| b |')).toBe(`${once.replace('| a |', '| b |')}\nAfter.\n`);
  });
});

describe('README.md’s languages table', () => {
  const table = '| language |\n|---|\n| ko |';
  it('passes when it is the table the locale files give, and fails naming README when it is stale or missing', () => {
    expect(lintReadme(withReadmeTable('# Dotbogi\n', table), table)).toEqual([]);
    const stale = lintReadme(withReadmeTable('# Dotbogi\n', table.replace('ko', 'en')), table);
    expect(stale.map((item) => `${item.severity} ${item.code} ${item.message}`)).toEqual([
      'error readme-stale README.md: the languages table is out of date; run npm run i18n:check -- --write-readme',
    ]);
    expect(lintReadme('# Dotbogi\n', table)[0]!.message).toMatch(/^README.md: no languages table/);
  });
});

describe('validateBundle (the studio import)', () => {
  const sources = { common: { greeting: '안녕하세요, {{name}}님', files_other: '파일 {{count}}개', press: '「다음 단계」를 누르세요' } };
  const bundle = (strings: unknown) => JSON.stringify({ format: 'dotbogi-locale', version: 1, language: 'en', strings, sourceHashes: {} });

  it('accepts an incomplete but correct translation', () => {
    const result = validateBundle(bundle({ common: { greeting: 'Hi {{name}}' } }), sources, ['en']);
    expect(result.bundle).not.toBeNull();
    expect(result.flat.common).toEqual({ greeting: 'Hi {{name}}' });
  });

  it.each([
    ['not json', '{', 'parse'],
    ['a missing placeholder', bundle({ common: { greeting: 'Hi' } }), 'placeholder-missing'],
    ['a wrong plural form', bundle({ common: { files_few: '{{count}}' } }), 'plural-extra'],
    ['markup', bundle({ common: { greeting: '<img onerror=alert(1)> {{name}}' } }), 'markup'],
    ['an unknown key', bundle({ common: { greting: 'Hi {{name}}' } }), 'extra'],
    ['a translated 「」 label', bundle({ common: { press: 'Press 「Next step」' } }), 'locked-label'],
  ])('rejects %s', (_what, text, code) => {
    const result = validateBundle(text, sources, ['en']);
    expect(result.bundle).toBeNull();
    expect(result.problems.map((item) => item.code)).toContain(code);
  });

  it('migrates a version-1 file: one hash per string becomes the pair, the translation’s hash computed from the file', () => {
    const v1 = JSON.stringify({
      format: 'dotbogi-locale',
      version: 1,
      language: 'en',
      strings: { common: { greeting: 'Hi {{name}}' } },
      sourceHashes: { common: { greeting: sourceHash('안녕, {{name}}'), files: sourceHash('파일 {{count}}개') } },
    });
    const { bundle } = validateBundle(v1, sources, ['en']);
    expect(bundle).toMatchObject({ version: 2, reviewer: '', reviews: {} });
    // files has no translation in the file, so no record; greeting keeps the (older) Korean it was made from.
    expect(bundle!.sourceHashes).toEqual({ common: { greeting: `${sourceHash('안녕, {{name}}')} ${translationHash(['Hi {{name}}'])}` } });
  });

  it('keeps the reviews of a version-2 file and refuses malformed ones, naming the key', () => {
    const review = { by: 'Jo', source: sourceHash(sources.common.greeting), translation: translationHash(['Hi {{name}}']) };
    const file = (reviews: unknown) =>
      JSON.stringify({
        format: 'dotbogi-locale',
        version: 2,
        language: 'en',
        reviewer: 'Jo',
        strings: { common: { greeting: 'Hi {{name}}' } },
        sourceHashes: {},
        reviews,
      });
    expect(validateBundle(file({ common: { greeting: review } }), sources, ['en']).bundle!.reviews).toEqual({
      common: { greeting: review },
    });
    const bad = validateBundle(file({ common: { greting: review, greeting: { ...review, by: '' } } }), sources, ['en']);
    expect(bad.bundle).toBeNull();
    expect(bad.problems.map((item) => `${locationOf(item)} ${item.code}`)).toEqual([
      'en/common.json › greting extra',
      'en/common.json › greeting not-string',
    ]);
  });

  it('refuses a file from a newer Dotbogi instead of misreading it', () => {
    const text = JSON.stringify({ format: 'dotbogi-locale', version: 3, language: 'en', strings: {} });
    expect(validateBundle(text, sources, ['en']).problems[0]!.message).toMatch(/newer Dotbogi/);
  });
});

describe('the real locales folder', () => {
  const root = resolve(import.meta.dirname, '../..');
  const input = readLocaleInput(root);
  const { problems, completeness } = lintLocales(input);
  const errors = problems.filter((item) => item.severity === 'error');
  const namespaces = [...new Set(completeness.flatMap((row) => Object.keys(row.perNamespace)))];
  const translations = input.languages.map((language) => language.code).filter((code) => code !== input.source);

  it('README.md shows the current languages table (npm run i18n:check -- --write-readme)', () => {
    const languages = JSON.parse(readFileSync(resolve(root, 'locales/languages.json'), 'utf8')).languages as {
      code: string;
      name: string;
    }[];
    const table = completenessTable(completeness, Object.fromEntries(languages.map((language) => [language.code, language.name])));
    expect(lintReadme(readFileSync(resolve(root, 'README.md'), 'utf8'), table)).toEqual([]);
  });

  it('has an orthography entry and style notes in TRANSLATING.md for every language (ARCHITECTURE.md, "A language")', () => {
    const orthography = input.context!.orthography!;
    const translating = readFileSync(resolve(root, 'locales/TRANSLATING.md'), 'utf8');
    const lacking = input.languages
      .map((language) => language.code)
      .filter((code) => !orthography.languages[code] || (code !== input.source && !styleNotesFor(translating, code).length));
    expect(lacking).toEqual([]);
  });

  it('has every source hash recorded (npm run i18n:check records them)', () => {
    const unrecorded = errors.filter((item) => item.code === 'hashes-unrecorded').map((item) => `${locationOf(item)}: ${item.message}`);
    expect(unrecorded, unrecorded.join('\n')).toEqual([]);
  });

  // One test per namespace, so a failure names whose strings are incomplete; the message lists every key.
  it.each(namespaces)('%s: every language has every key, correct placeholders and plural forms, no markup', (namespace) => {
    const mine = errors.filter((item) => item.namespace === namespace).map((item) => `${locationOf(item)}: ${item.message}`);
    expect(mine, `Fix these (or run npm run i18n:check):\n${mine.join('\n')}`).toEqual([]);
  });

  it.each(namespaces)('%s: when a Korean string changes, every language flags its translation as changed', (namespace) => {
    const korean = JSON.parse(input.files.ko![namespace]!) as Record<string, unknown>;
    const [path, text] = firstString(korean);
    const edited = structuredClone(korean);
    setAt(edited, path, `${text} (고침)`);
    const key = path.join('.').replace(/_(zero|one|two|few|many|other)$/, '');
    // Only this namespace, without the data-driven checks: the hash check is what is under test.
    const files = { ...input.files, ko: { ...input.files.ko, [namespace]: JSON.stringify(edited) } };
    const changed = lintLocales({ ...input, namespaces: [namespace], files, context: {}, usage: undefined })
      .problems.filter((item) => item.code === 'changed' && item.namespace === namespace && item.key === key)
      .map((item) => item.language);
    expect(changed.sort()).toEqual([...translations].sort());
  });
});

function firstString(tree: Record<string, unknown>, path: string[] = []): [string[], string] {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') return [[...path, key], value];
    if (value && typeof value === 'object') return firstString(value as Record<string, unknown>, [...path, key]);
  }
  throw new Error('no string');
}

function setAt(tree: Record<string, unknown>, path: string[], value: string) {
  let node = tree;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[path.at(-1)!] = value;
}
