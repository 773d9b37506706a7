import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT, FORMATS, parseArgs, USAGE } from './args.ts';
import { EXPORT_FORMATS } from '../../report/export/registry.ts';
import { UsageError } from './usage-error.ts';

describe('parseArgs', () => {
  it('audits the demo journeys into audit-results/ in every format when given nothing', () => {
    expect(parseArgs([])).toEqual({
      command: 'audit',
      targets: [],
      journey: false,
      out: DEFAULT_OUT,
      formats: [...FORMATS],
      concurrency: 2,
      shard: null,
      failOn: null,
      offline: false,
      timeoutSeconds: 30,
      language: 'ko',
      baseline: null,
    });
  });

  it('reads targets and every option, in either --name value or --name=value form', () => {
    const options = parseArgs([
      'https://www.gov.kr/',
      'page.html',
      '--journey',
      '--out',
      'out/dir',
      '--format=csv,SARIF',
      '--concurrency',
      '4',
      '--shard=2/3',
      '--fail-on',
      'serious',
      '--offline',
      '--timeout',
      '10',
      '--lang',
      'zh-tw',
      '--baseline',
      'earlier/run',
    ]);
    expect(options).toEqual({
      command: 'audit',
      targets: ['https://www.gov.kr/', 'page.html'],
      journey: true,
      out: 'out/dir',
      formats: ['json', 'csv', 'sarif'],
      concurrency: 4,
      shard: { index: 2, total: 3 },
      failOn: 'serious',
      offline: true,
      timeoutSeconds: 10,
      language: 'zh-TW',
      baseline: 'earlier/run',
    });
  });

  it('always writes json, the record merge and the other formats start from', () => {
    expect(parseArgs(['--format', 'markdown'])).toMatchObject({ formats: ['json', 'markdown'] });
  });

  it('takes a format by its id or its file extension, and offers every format of the report module', () => {
    expect(parseArgs(['--format', 'md,HTML'])).toMatchObject({ formats: ['html', 'json', 'markdown'] });
    expect(FORMATS).toEqual(EXPORT_FORMATS.map((format) => format.id));
    expect(USAGE).toContain(FORMATS.join(','));
  });

  it('parses merge with its folders and output', () => {
    expect(parseArgs(['merge', 'a', 'b', '--out', 'all', '--fail-on', 'critical'])).toEqual({
      command: 'merge',
      dirs: ['a', 'b'],
      out: 'all',
      formats: [...FORMATS],
      failOn: 'critical',
      language: 'ko',
      baseline: null,
    });
  });

  it.each([
    [['--format', 'pdf'], /Unknown format pdf/],
    [['--concurrency', '0'], /--concurrency must be a whole number/],
    [['--concurrency', 'two'], /--concurrency must be a whole number/],
    [['--shard', '4/3'], /--shard must look like K\/N/],
    [['--shard', '0/3'], /--shard must look like K\/N/],
    [['--fail-on', 'bad'], /--fail-on must be one of critical, serious, moderate, minor/],
    [['--out'], /--out needs a value/],
    [['--out', '--journey'], /--out needs a value/],
    [['--verbose'], /Unknown option --verbose/],
    [['--lang', 'not a language'], /--lang must be a language code/],
    [['--journey=yes'], /--journey takes no value/],
    [['merge'], /merge needs at least one folder/],
    [['merge', 'a', '--shard', '1/2'], /--shard has no meaning for merge/],
  ])('rejects %j with a readable message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('asks for help', () => {
    expect(parseArgs(['https://a.kr/', '-h'])).toEqual({ command: 'help' });
  });
});
