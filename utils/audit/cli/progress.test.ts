import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePageAudit } from '@/tests/kits/sample-audit.ts';
import type { PageOutcome } from './auditor.ts';
import { createProgress, duration } from './progress.ts';
import { reportTranslatorFromLocales } from '../../report/locale-translator.ts';
import { buildReport } from '../../report/build-report.ts';

const page = (url: string, order: number) => ({ kind: 'page' as const, page: { given: url, url }, order, key: url });
const done: PageOutcome = {
  target: { given: 'http://demo.gov.kr/a.html', url: 'http://demo.gov.kr/a.html' },
  unit: page('http://demo.gov.kr/a.html', 0),
  step: null,
  journeyId: null,
  audit: { ...samplePageAudit(), axe: null },
};
const failed: PageOutcome = {
  target: { given: 'http://unreachable.test/', url: 'http://unreachable.test/' },
  unit: page('http://unreachable.test/', 1),
  step: null,
  journeyId: null,
  error: 'the server answered HTTP 502 Bad Gateway',
  kind: 'http',
};
const two = () => ({ known: 2, final: true });
const ROOT = resolve(import.meta.dirname, '../../..');
const english = { t: reportTranslatorFromLocales(ROOT, 'en'), language: 'en' };
const korean = { t: reportTranslatorFromLocales(ROOT, 'ko'), language: 'ko' };

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (text: string) => chunks.push(text) };
}

describe('progress', () => {
  it('prints one line per page when stdout is not a terminal (CI logs)', () => {
    const out = stream(false);
    const progress = createProgress(out, two, english);
    progress.page(done);
    progress.page(failed);
    progress.finish();
    // The page's numbers in the report's unit: one rule failing on the page, its elements as places.
    const { counts } = buildReport({ kind: 'page', audit: { ...done.audit!, axe: null } });
    expect(counts).toMatchObject({ findings: 1, places: 1 });
    expect(out.chunks.join('')).toMatch(
      /^✓ 1\/2 http:\/\/demo\.gov\.kr\/a\.html — Findings: 1 \(places: 1\)\n✗ 2\/2 http:\/\/unreachable\.test\/ — the server answered HTTP 502 Bad Gateway\n— Pages: 2\/2 · [\d.,…]+( pages\/min)?\n$/,
    );
    expect(out.chunks.join('')).not.toContain('\x1b');
  });

  it('redraws one bar on a terminal, keeping failures on their own lines', () => {
    const out = stream(true);
    const progress = createProgress(out, two, english);
    progress.page(done);
    progress.page(failed);
    progress.finish();
    const text = out.chunks.join('');
    expect(text).toContain('\r\x1b[2K');
    expect(text).toMatch(/\] Pages: 2\/2 · [\d.…]+/);
    expect(text).toContain('✗ 2/2 http://unreachable.test/ — the server answered HTTP 502 Bad Gateway\n');
    expect(text).not.toContain('✓');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('gives the rate and the time left, of the pages found so far while crawling, and a status line in logs', () => {
    const out = stream(false);
    let clock = 0;
    let found = { known: 10, final: false };
    const progress = createProgress(
      out,
      () => found,
      english,
      0,
      () => clock,
    );
    for (let index = 0; index < 25; index++) {
      clock += 6_000; // 10 pages a minute
      if (index === 20) found = { known: 100, final: false };
      progress.page(done);
    }
    expect(out.chunks.at(-1)).toBe('— Pages: 25/100 · 10 pages/min · about 8 min left (more may be found)\n');
    // The run ends right after a status line: not written twice.
    const written = out.chunks.length;
    progress.finish();
    expect(out.chunks).toHaveLength(written);
  });

  it('keeps the bar within a narrow terminal, so redrawing it clears it', () => {
    const out = { ...stream(true), columns: 30 };
    const progress = createProgress(out, two, english);
    progress.page(done);
    progress.finish();
    const bars = out.chunks.filter((chunk) => chunk.startsWith('['));
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect([...bar.trimEnd()].length).toBeLessThanOrEqual(29);
  });

  it('continues the count of a resumed run, and notes a line of its own on a terminal', () => {
    const out = stream(true);
    const progress = createProgress(out, two, english, 1);
    progress.note('SIGINT: finishing the pages in progress');
    progress.page(done);
    progress.finish();
    const text = out.chunks.join('');
    expect(text).toContain('SIGINT: finishing the pages in progress\n');
    expect(text).toMatch(/\] Pages: 2\/2/);
  });

  it('speaks the run’s language (--lang), in the words of the summary and the report', () => {
    const out = stream(false);
    let clock = 0;
    const progress = createProgress(
      out,
      () => ({ known: 100, final: false }),
      korean,
      0,
      () => clock,
    );
    for (let index = 0; index < 25; index++) {
      clock += 6_000;
      progress.page(index ? done : { ...done, audit: { ...samplePageAudit({ status: 'partial' }), axe: null } });
    }
    const lines = out.chunks.join('').split('\n');
    // The summary's own words for a finding and its places (locales/ko/report.json summary.totals).
    expect(lines[1]).toBe('✓ 2/100 http://demo.gov.kr/a.html — 문제 1건(1곳)');
    expect(lines[0]).toMatch(/^✓ 1\/100 .* — 문제 1건\(1곳\); 일부만 검사함/);
    expect(out.chunks.at(-1)).toBe('— 페이지 25/100개 · 분당 10페이지 · 남은 시간 약 8분(더 찾을 수 있음)\n');
    expect(out.chunks.join('')).not.toMatch(/[A-Za-z]+ (left|pages|found)/);
  });

  it('rounds durations for people, in their language', () => {
    expect([duration(42_000, 'en'), duration(3 * 60_000, 'en'), duration(65 * 60_000 + 10_000, 'ko')]).toEqual(['42 sec', '3 min', '65분']);
    expect(duration(125 * 60_000, 'ko')).toBe('2시간 5분');
  });
});
