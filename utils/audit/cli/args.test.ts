import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT, FORMATS, parseArgs, USAGE } from './args.ts';
import { DEFAULT_TRACKING_PARAMS } from './crawl/canonical.ts';
import { EXPORT_FORMATS } from '../../report/export/registry.ts';
import { UsageError } from './usage-error.ts';

describe('parseArgs', () => {
  it('audits the demo journeys into audit-results/ in every format when given nothing', () => {
    expect(parseArgs([])).toEqual({
      command: 'audit',
      targets: [],
      urlFiles: [],
      sitemaps: [],
      crawl: null,
      maxPages: null,
      trackingParams: [...DEFAULT_TRACKING_PARAMS],
      rateLimit: null,
      resume: false,
      recycleAfter: 200,
      browserMemoryMiB: 1536,
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
    expect(options).toMatchObject({
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

  it('reads the sources of targets and the crawl’s limits, repeatable where a run may have several', () => {
    expect(
      parseArgs([
        '--urls',
        'a.txt',
        '--urls=-',
        '--sitemap',
        'https://www.gov.kr/sitemap.xml',
        '--crawl',
        'https://www.gov.kr/',
        '--max-pages',
        '50',
        '--max-depth',
        '0',
        '--allow-origin',
        'https://help.gov.kr/path',
        '--include',
        '/services/*',
        '--exclude',
        'https://www.gov.kr/calendar*',
        '--max-query-variants',
        '5',
        '--tracking-params',
        'utm_*, sid',
        '--rate-limit',
        '0.5',
        '--recycle-after',
        '100',
        '--browser-memory',
        '800',
      ]),
    ).toMatchObject({
      urlFiles: ['a.txt', '-'],
      sitemaps: ['https://www.gov.kr/sitemap.xml'],
      crawl: {
        seeds: ['https://www.gov.kr/'],
        maxDepth: 0,
        allowOrigins: ['https://help.gov.kr'],
        include: ['/services/*'],
        exclude: ['https://www.gov.kr/calendar*'],
        maxQueryVariants: 5,
      },
      maxPages: 50,
      trackingParams: ['utm_*', 'sid'],
      rateLimit: 0.5,
      recycleAfter: 100,
      browserMemoryMiB: 800,
    });
    expect(parseArgs(['--crawl', 'https://www.gov.kr/'])).toMatchObject({ maxPages: 100, crawl: { maxDepth: 3, maxQueryVariants: 20 } });
    expect(parseArgs(['--tracking-params', 'none'])).toMatchObject({ trackingParams: [] });
  });

  it('takes the shard of a Kubernetes Indexed Job from its environment', () => {
    expect(parseArgs(['--urls', 'a.txt', '--shard-count', '3'], { JOB_COMPLETION_INDEX: '2' })).toMatchObject({
      shard: { index: 3, total: 3 },
    });
  });

  it('parses report and --resume', () => {
    expect(parseArgs(['report', 'runs/a', '--format', 'md'])).toEqual({
      command: 'report',
      dir: 'runs/a',
      out: 'runs/a',
      formats: ['json', 'markdown'],
      failOn: null,
      language: 'ko',
      baseline: null,
    });
    expect(parseArgs(['--resume', '--out', 'runs/a'])).toMatchObject({ command: 'audit', resume: true, out: 'runs/a' });
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
    [['report'], /report needs exactly one folder/],
    [['report', 'a', '--crawl', 'https://a.kr/'], /--crawl has no meaning for report/],
    [['--max-depth', '2'], /--max-depth shapes a crawl: give --crawl URL too/],
    [['--crawl', 'https://a.kr/', '--shard', '1/2'], /A crawl cannot be split into shards/],
    [['--crawl', 'https://a.kr/', '--include', '/list/(unclosed'], /--include "\/list\/\(unclosed" is not a URL pattern/],
    [['--crawl', 'https://a.kr/', '--allow-origin', 'ftp://a.kr'], /--allow-origin must be an http\(s\) origin/],
    [['--rate-limit', '0'], /--rate-limit must be a number above 0/],
    [['--out', 'a', '--out', 'b'], /--out is given twice/],
    [['--shard', '1/2', '--shard-count', '2'], /Give --shard K\/N or --shard-count N, not both/],
  ])('rejects %j with a readable message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('asks for help', () => {
    expect(parseArgs(['https://a.kr/', '-h'])).toEqual({ command: 'help' });
  });
});
