import { describe, expect, it } from 'vitest';
import { reportToHtml } from './html.ts';
import { buildReport } from '../../build-report.ts';
import { compareReports } from '../../compare.ts';
import { hostilePageAudit, HOSTILE_STRINGS } from '@/tests/kits/report/hostile.ts';
import { syntheticJourney, syntheticPage } from '@/tests/kits/report/synthetic-audits.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

describe('standalone HTML export', () => {
  const hostile = buildReport({ kind: 'page', audit: hostilePageAudit() });
  const markup = reportToHtml({ report: hostile, t: reportTranslator('en'), language: 'en', dir: 'ltr' });
  const doc = parse(markup);

  it('contains no script, no event handler and no element from a payload', () => {
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link, base, form').length).toBe(0);
    const withHandlers = [...doc.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
    );
    expect(withHandlers).toEqual([]);
    expect(doc.querySelectorAll('svg').length).toBeGreaterThan(0);
    expect([...doc.querySelectorAll('svg')].every((svg) => svg.getAttribute('role') === 'img')).toBe(true);
  });

  it('shows every payload as text', () => {
    const text = doc.body.textContent ?? '';
    for (const payload of HOSTILE_STRINGS.filter((entry) => !entry.includes('\u202E'))) expect(text).toContain(payload.slice(0, 40));
    expect(text).toContain('⟦U+202E⟧');
  });

  it('needs nothing from the network: a CSP forbids it, and no URL is loaded', () => {
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(markup).not.toMatch(/\b(src|href)=["']?(https?:|\/\/)/i);
  });

  it('bounds huge strings', () => {
    expect(markup.length).toBeLessThan(200_000);
  });

  it('has the sections a service team needs, in the reader’s language and direction', () => {
    const { pages, journey } = syntheticJourney(3);
    const report = buildReport({ kind: 'journey', journey, pages });
    const before = buildReport({ kind: 'page', audit: syntheticPage(0) });
    const page = parse(
      reportToHtml({
        report,
        t: reportTranslator('ar'),
        language: 'ar',
        dir: 'rtl',
        compare: { before, comparison: compareReports(before, report) },
      }),
    );
    expect(page.documentElement.getAttribute('dir')).toBe('rtl');
    expect([...page.querySelectorAll('h2')].map((h2) => h2.id)).toEqual([
      'summary',
      'journey',
      'findings',
      'kwcag',
      'wcag',
      'coverage',
      'compare',
    ]);
    expect(page.querySelectorAll('svg title').length).toBe(page.querySelectorAll('svg').length);
    expect(page.querySelectorAll('figure table').length).toBe(page.querySelectorAll('svg').length);
  });
});
