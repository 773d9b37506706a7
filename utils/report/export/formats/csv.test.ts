import { describe, expect, it } from 'vitest';
import { csvCell, reportToCsv, toCsv } from './csv.ts';
import { buildReport } from '../../build-report.ts';
import { hostilePageAudit } from '@/tests/kits/report/hostile.ts';
import { syntheticPage } from '@/tests/kits/report/synthetic-audits.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv([
      ['이름', '값'],
      ['등본', 1],
    ]);
    expect(csv.startsWith('\uFEFF이름,값\r\n등본,1\r\n')).toBe(true);
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('neutralises formulas: a text cell starting with = + - @ gets an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-1)).toBe('-1');
  });

  it('writes one row per place (the full list), with a localised header', () => {
    const report = buildReport({ kind: 'page', audit: syntheticPage(0) });
    const lines = reportToCsv(report, reportTranslator('ko')).split('\r\n');
    expect(lines[0]).toContain('순위');
    expect(lines[0]).toContain('부분 ID');
    expect(lines).toHaveLength(1 + report.counts.places + report.counts.reviewPlaces + 1);
  });

  it('guards every hostile page string', () => {
    const csv = reportToCsv(buildReport({ kind: 'page', audit: hostilePageAudit() }), reportTranslator('en'));
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });
});
