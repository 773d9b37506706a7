import { describe, expect, it } from 'vitest';
import { DEFAULT_TRACKING_PARAMS } from './crawl/canonical.ts';
import { parseUrlList } from './sources/url-list.ts';
import { displayName, pagesOf, resolveTargets, type TargetSpec } from './targets.ts';
import { UsageError } from './usage-error.ts';

const files = new Set(['/work/site/a.html', '/work/site/b.html', '/tmp/other/c.html', '/lists/pages/d.html']);
const isFile = (path: string) => files.has(path);
const options = { journey: false, root: '/repo', isFile, trackingParams: DEFAULT_TRACKING_PARAMS };
const given = (...targets: string[]): TargetSpec[] => targets.map((target) => ({ given: target, base: '/work' }));

describe('resolveTargets', () => {
  it('audits the demo site’s 등본 journey before and after when given nothing', () => {
    const { units, sites } = resolveTargets([], options);
    expect(units.map((unit) => unit.kind === 'journey' && unit.label)).toEqual(['before', 'after']);
    const before = units[0]!.kind === 'journey' ? units[0]!.steps.map((step) => new URL(step.url).pathname) : [];
    expect(before).toEqual([
      '/before/index.html',
      '/before/resident-copy/apply.html',
      '/before/resident-copy/confirm.html',
      '/before/resident-copy/issued.html',
    ]);
    expect(sites).toEqual([{ host: 'demo.gov.kr', folder: '/repo/tests/fixtures/demo-site' }]);
  });

  it('keeps URLs, and serves local files from one made-up host per folder', () => {
    const { units, sites } = resolveTargets(
      given('https://www.gov.kr/portal', 'site/a.html', 'site/b.html', 'file:///tmp/other/c.html'),
      options,
    );
    expect(pagesOf(units).map((page) => page.url)).toEqual([
      'https://www.gov.kr/portal',
      'http://site1.files.dotbogi.test/a.html',
      'http://site1.files.dotbogi.test/b.html',
      'http://site2.files.dotbogi.test/c.html',
    ]);
    expect(sites).toEqual([
      { host: 'demo.gov.kr', folder: '/repo/tests/fixtures/demo-site' },
      { host: 'site1.files.dotbogi.test', folder: '/work/site' },
      { host: 'site2.files.dotbogi.test', folder: '/tmp/other' },
    ]);
  });

  it('audits one address once: fragments and tracking parameters dropped, query parameters in one order', () => {
    const { units, duplicates } = resolveTargets(
      given(
        'https://www.gov.kr/list?b=2&a=1',
        'https://www.gov.kr/list?a=1&b=2#top',
        'https://WWW.GOV.KR:443/list?utm_source=mail&a=1&b=2&gclid=x',
        'https://www.gov.kr/list?a=1',
      ),
      options,
    );
    expect(pagesOf(units).map((page) => page.url)).toEqual(['https://www.gov.kr/list?a=1&b=2', 'https://www.gov.kr/list?a=1']);
    expect(duplicates).toBe(2);
    // What was typed is kept for messages.
    expect(pagesOf(units)[0]!.given).toBe('https://www.gov.kr/list?b=2&a=1');
    expect(units.map((unit) => [unit.order, unit.key])).toEqual([
      [0, 'https://www.gov.kr/list?a=1&b=2'],
      [1, 'https://www.gov.kr/list?a=1'],
    ]);
  });

  it('keeps tracking parameters it is told to keep', () => {
    const { units } = resolveTargets(given('https://www.gov.kr/?utm_source=x'), { ...options, trackingParams: [] });
    expect(pagesOf(units)[0]!.url).toBe('https://www.gov.kr/?utm_source=x');
  });

  it('makes one journey of all targets with --journey, a page visited twice included', () => {
    const { units } = resolveTargets(given('https://a.go.kr/1', 'https://a.go.kr/2', 'https://a.go.kr/1'), { ...options, journey: true });
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({
      kind: 'journey',
      steps: [{ url: 'https://a.go.kr/1' }, { url: 'https://a.go.kr/2' }, { url: 'https://a.go.kr/1' }],
    });
  });

  it('refuses what is neither a URL nor a file, naming where it was given', () => {
    expect(() => resolveTargets(given('www.gov.kr'), options)).toThrow(UsageError);
    expect(() => resolveTargets(given('www.gov.kr'), options)).toThrow(/neither an http\(s\) URL nor a file/);
    expect(() => resolveTargets([{ given: 'mailto:a@b.kr', base: '/', where: 'urls.txt line 4' }], options)).toThrow(
      'urls.txt line 4: "mailto:a@b.kr" is not an http(s) address or a file.',
    );
  });

  it('shortens long query strings for display only', () => {
    const target = { given: `/before/confirm.html?${'x'.repeat(200)}`, url: 'http://demo.gov.kr/' };
    expect(displayName(target)).toBe('/before/confirm.html?…');
  });
});

describe('a URL list (--urls)', () => {
  it('takes one address a line, skipping blank lines and comments, local files relative to the list', () => {
    const text = '\uFEFF# 민원 서비스\nhttps://www.gov.kr/  # 첫 화면\n\n  pages/d.html\r\nhttps://www.gov.kr/a#x\n';
    const specs = parseUrlList(text, 'urls.txt', '/lists');
    expect(specs).toEqual([
      { given: 'https://www.gov.kr/', base: '/lists', where: 'urls.txt line 2' },
      { given: 'pages/d.html', base: '/lists', where: 'urls.txt line 4' },
      { given: 'https://www.gov.kr/a#x', base: '/lists', where: 'urls.txt line 5' },
    ]);
    expect(pagesOf(resolveTargets(specs, options).units).map((page) => page.url)).toEqual([
      'https://www.gov.kr/',
      'http://site1.files.dotbogi.test/d.html',
      'https://www.gov.kr/a',
    ]);
  });

  it('names the file and line of a line that is not one address, and of a binary file', () => {
    expect(() => parseUrlList('https://a.kr/\nhttps://b.kr/ https://c.kr/\n', 'urls.txt', '/')).toThrow(
      /^urls\.txt line 2: "https:\/\/b\.kr\/ https:\/\/c\.kr\/" is not one address/,
    );
    expect(() => parseUrlList('PK\0\0', 'list.zip', '/')).toThrow(/list\.zip is not a text file/);
    expect(() => resolveTargets(parseUrlList('https://a.kr/\nnot-here.html\n', 'urls.txt', '/lists'), options)).toThrow(
      /^urls\.txt line 2: "not-here\.html" is neither/,
    );
  });
});
