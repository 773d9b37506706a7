import { describe, expect, it } from 'vitest';
import { displayName, pagesOf, resolveTargets } from './targets.ts';
import { UsageError } from './usage-error.ts';

const files = new Set(['/work/site/a.html', '/work/site/b.html', '/tmp/other/c.html']);
const isFile = (path: string) => files.has(path);

describe('resolveTargets', () => {
  it('audits the demo site’s 등본 journey before and after when given nothing', () => {
    const { units, sites } = resolveTargets([], { journey: false, cwd: '/work', root: '/repo', isFile });
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
    const { units, sites } = resolveTargets(['https://www.gov.kr/portal', 'site/a.html', 'site/b.html', 'file:///tmp/other/c.html'], {
      journey: false,
      cwd: '/work',
      root: '/repo',
      isFile,
    });
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

  it('makes one journey of all targets with --journey', () => {
    const { units } = resolveTargets(['https://a.go.kr/1', 'https://a.go.kr/2'], { journey: true, cwd: '/', root: '/repo', isFile });
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ kind: 'journey', steps: [{ url: 'https://a.go.kr/1' }, { url: 'https://a.go.kr/2' }] });
  });

  it('refuses what is neither a URL nor a file', () => {
    expect(() => resolveTargets(['www.gov.kr'], { journey: false, cwd: '/', root: '/repo', isFile })).toThrow(UsageError);
    expect(() => resolveTargets(['www.gov.kr'], { journey: false, cwd: '/', root: '/repo', isFile })).toThrow(
      /neither an http\(s\) URL nor a file/,
    );
  });

  it('shortens long query strings for display only', () => {
    const target = { given: `/before/confirm.html?${'x'.repeat(200)}`, url: 'http://demo.gov.kr/' };
    expect(displayName(target)).toBe('/before/confirm.html?…');
  });
});
