import { describe, expect, it } from 'vitest';
import type { Report } from '../types.ts';
import { exportFileName, type ExportFormat } from './format.ts';
import { formatById } from './registry.ts';

const csv: ExportFormat = formatById('csv');
const day = new Date(2026, 11, 7, 8, 30);

function named(name: string, stepName = ''): Report {
  return { name, steps: [{ name: stepName }] } as unknown as Report;
}

describe('exportFileName', () => {
  it('names the file after the journey, which report, and the local day, Korean kept', () => {
    expect(exportFileName(named('주민등록표 등본 발급'), csv, day, 'compare')).toBe('주민등록표-등본-발급-비교-2026-12-07.csv');
    expect(exportFileName(named('등본 발급 (개선 후)'), formatById('html'), day, 'after')).toBe(
      '등본-발급-(개선-후)-after-2026-12-07.html',
    );
    expect(exportFileName(named('등본 발급'), csv, day, 'before')).toBe('등본-발급-before-2026-12-07.csv');
    expect(exportFileName(named('등본 발급'), csv, day)).toBe('등본-발급-2026-12-07.csv');
  });

  it('keeps only characters every file system takes, and a bounded length', () => {
    const name = exportFileName(named('../a/b\\c:d*e?"f<g>h|i\u0000j\u202ek. .'), csv, day);
    expect(name).toBe('a-b-c-d-e-f-g-h-i-j-k-2026-12-07.csv');
    expect(exportFileName(named('가'.repeat(300)), csv, day)).toBe(`${'가'.repeat(60)}-2026-12-07.csv`);
    expect(exportFileName(named('***'), csv, day)).toBe('dotbogi-report-2026-12-07.csv');
  });

  it('never names a file by an address or a masked value: a page without a title goes by its step’s name', () => {
    expect(exportFileName(named('https://demo.gov.kr/confirm.html?name=＊', 'confirm'), csv, day, 'compare')).toBe(
      'confirm-비교-2026-12-07.csv',
    );
  });
});
