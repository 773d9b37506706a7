import { describe, expect, it } from 'vitest';
import { reportHtml } from '@/components/report/static-html';
import { buildReport } from '../../build-report.ts';
import { compareReports } from '../../compare.ts';
import { hostilePageAudit, HOSTILE_STRINGS } from '@/tests/kits/report/hostile.ts';
import { syntheticJourney, syntheticPage } from '@/tests/kits/report/synthetic-audits.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';
import type { ExportContext } from '../format.ts';
import type { Report } from '../../types.ts';

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

const context = (report: Report, language = 'en', extra: Partial<ExportContext> = {}): ExportContext => ({
  report,
  t: reportTranslator(language),
  language,
  dir: language === 'ar' ? 'rtl' : 'ltr',
  journeys: [],
  pages: [],
  ...extra,
});

/** The standalone file is the report page's components rendered to a string: the same safety properties as before. */
describe('standalone HTML export', () => {
  const hostile = buildReport({ kind: 'page', audit: hostilePageAudit() });
  const markup = reportHtml(context(hostile));
  const doc = parse(markup);

  it('contains no script, no event handler and no element from a payload', () => {
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link, base, form').length).toBe(0);
    const withHandlers = [...doc.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
    );
    expect(withHandlers).toEqual([]);
    expect(doc.querySelectorAll('svg').length).toBeGreaterThan(0);
    expect([...doc.querySelectorAll('svg')].every((svg) => svg.getAttribute('role') === 'img')).toBe(true);
    // Nothing to press in a file: no buttons, no select.
    expect(doc.querySelectorAll('button, select').length).toBe(0);
  });

  it('shows every payload as text', () => {
    const text = doc.body.textContent ?? '';
    for (const payload of HOSTILE_STRINGS.filter((entry) => !entry.includes('\u202E'))) expect(text).toContain(payload.slice(0, 40));
    expect(text).toContain('⟦U+202E⟧');
    expect(text).not.toContain('\u202E');
  });

  it('needs nothing from the network: a CSP forbids it, and no URL is loaded or linked', () => {
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(markup).not.toMatch(/\b(src|href)=["']?(https?:|\/\/|javascript:)/i);
  });

  it('bounds huge strings', () => {
    expect(markup.length).toBeLessThan(400_000);
    expect(doc.body.textContent).not.toContain('A'.repeat(1000));
  });

  it('is the report page’s own sections, in the reader’s language and direction, everything shown without a script', () => {
    const { pages, journey } = syntheticJourney(3);
    const report = buildReport({ kind: 'journey', journey, pages });
    const before = buildReport({ kind: 'page', audit: syntheticPage(0) });
    const page = parse(reportHtml(context(report, 'ar', { compare: { before, comparison: compareReports(before, report) } })));
    expect(page.documentElement.getAttribute('dir')).toBe('rtl');
    expect(page.documentElement.getAttribute('lang')).toBe('ar');
    expect([...page.querySelectorAll('h2')].map((h2) => h2.id)).toEqual([
      'summary',
      'compare',
      'journey',
      'findings',
      'kwcag',
      'wcag',
      'coverage',
    ]);
    expect(page.querySelectorAll('svg title').length).toBe(page.querySelectorAll('svg').length);
    // Every rule's card, and each card's full list of places inside a <details> that opens without a script.
    expect(page.querySelectorAll('article.finding').length).toBe(report.rules.length);
    expect(page.querySelectorAll('article.finding details ol li').length).toBe(report.counts.places + report.counts.reviewPlaces);
    // The 품질인증 matrix: 33 items × 3 steps.
    expect(page.querySelectorAll('table.cert-matrix tbody tr').length).toBe(33);
    expect(page.querySelectorAll('table.cert-matrix tbody tr:first-child td').length).toBe(1 + 1 + 3 + 1);
  });

  it('writes the one-page summary alone for the A4 file', () => {
    const report = buildReport({ kind: 'journey', ...syntheticJourney(3) });
    const summary = parse(reportHtml(context(report, 'ko'), { summaryOnly: true }));
    expect([...summary.querySelectorAll('h2')].map((h2) => h2.id)).toEqual(['summary']);
    expect(summary.body.textContent).toContain('숫자 읽는 법');
    expect(summary.title).toContain('한 장 요약');
  });
});
