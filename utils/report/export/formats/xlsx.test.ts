import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildReport } from '../../build-report.ts';
import { hostilePageAudit, HOSTILE_STRINGS, HUGE_STRING } from '@/tests/kits/report/hostile.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';
import { cellText, reportToXlsx } from './xlsx.ts';

describe('the 품질인증 workbook (.xlsx)', () => {
  it('has the summary, matrix, findings and places sheets, named in the reader’s language', async () => {
    const report = buildReport({ kind: 'page', audit: hostilePageAudit() });
    const zip = unzipSync(await reportToXlsx({ report, t: reportTranslator('ko'), language: 'ko', dir: 'ltr', journeys: [], pages: [] }));
    const workbook = strFromU8(zip['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '요약',
      '품질인증 표',
      '문제 (규칙×페이지)',
      '곳 (요소)',
    ]);
  });

  it('keeps hostile page text inert: every string a text cell, never a formula, valid XML, within Excel’s cell limit', async () => {
    const report = buildReport({ kind: 'page', audit: hostilePageAudit() });
    const zip = unzipSync(await reportToXlsx({ report, t: reportTranslator('en'), language: 'en', dir: 'ltr', journeys: [], pages: [] }));
    const sheets = Object.keys(zip).filter((name) => name.startsWith('xl/worksheets/sheet'));
    for (const name of sheets) {
      const xml = strFromU8(zip[name]!);
      expect(xml, name).not.toMatch(/<f[ >]/);
      expect(new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror'), name).toBeNull();
    }
    const strings = strFromU8(zip['xl/sharedStrings.xml']!);
    expect(new DOMParser().parseFromString(strings, 'application/xml').querySelector('parsererror')).toBeNull();
    // The formula payloads are there, as text.
    expect(strings).toContain('=HYPERLINK(');
    expect(strings).toContain('+cmd|');
    expect(strings).not.toContain('\u202E');
    expect(strings).toContain('⟦U+202E⟧');
    expect(strings).toContain(HOSTILE_STRINGS[0]!.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('makes any text fit a cell', () => {
    expect(cellText('a\u0000b\u0007c\td')).toBe('a⟦U+0000⟧b⟦U+0007⟧c\td');
    expect(cellText(HUGE_STRING.repeat(1)).length).toBeLessThanOrEqual(32_767);
  });
});
