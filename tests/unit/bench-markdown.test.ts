import { describe, expect, it } from 'vitest';
import { formatBenchmarks, ratio } from '../bench/markdown.ts';

const machine = {
  cpu: 'CPU × 2',
  memory: '8.0 GiB',
  os: 'Linux',
  node: 'v24',
  chromium: 'Chromium 156',
  date: '2026-11-27T00:00:00.000Z',
  seconds: 120,
};

describe('BENCHMARKS.md', () => {
  it('shows every figure as a ratio against its same-run baseline, with the machine it ran on', () => {
    const text = formatBenchmarks(
      [
        {
          file: 'audit.bench.ts',
          seconds: 60,
          rows: [
            { name: 'Audit time', value: 110, baseline: 100, unit: 'ms', goal: '≤ 1.15×', pass: true, note: 'bare axe.run' },
            { name: 'Batch', value: 90, baseline: 100, unit: 'pages/min', goal: 'none', pass: null },
          ],
        },
        { file: 'broken.bench.ts', seconds: 1, rows: [], error: 'no Chromium' },
      ],
      machine,
    );
    expect(text).toContain('| audit | Audit time | 110 | 100 | ms | 1.10× | ≤ 1.15× | ✅ |');
    // A reference figure without a goal is neither met nor missed.
    expect(text).toContain('| audit | Batch | 90.0 | 100 | pages/min | 0.90× | none | — |');
    expect(text).toContain('- CPU: CPU × 2');
    expect(text).toContain('- Browser: Chromium 156');
    expect(text).toContain('- **Audit time** (audit.bench.ts): bare axe.run');
    expect(text).toContain('- broken.bench.ts: no Chromium');
  });

  it('prints no ratio when the baseline is zero or the figure did not finish', () => {
    expect(ratio({ value: 3, baseline: 0 })).toBe('—');
    expect(ratio({ value: Number.NaN, baseline: Number.NaN })).toBe('—');
  });
});
