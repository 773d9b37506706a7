import { describe, expect, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import { isPackedAxe, packAxe, packPageAudit, unpackAxe, unpackPageAudit } from './packed-axe';
import { samplePageAudit } from '@/tests/kits/sample-audit';

const results = {
  testEngine: { name: 'axe-core', version: '4.14.0' },
  url: 'https://www.gov.kr/',
  passes: [{ id: 'image-alt', nodes: [{ html: '<img alt="주민등록표 등본">', target: ['img'] }] }],
  violations: [],
  incomplete: [],
  inapplicable: [],
} as unknown as AxeResults;

describe('packed axe results', () => {
  it('unpack gives back exactly what was packed, Korean text included', async () => {
    const packed = await packAxe(results);
    expect(isPackedAxe(packed)).toBe(true);
    expect(packed.data).not.toContain('주민');
    expect(await unpackAxe(packed)).toEqual(results);
  });

  it('packs large results to a small fraction of their JSON', async () => {
    const big = { ...results, passes: Array.from({ length: 2000 }, (_, i) => ({ id: `rule-${i % 40}`, nodes: results.passes[0]!.nodes })) };
    const packed = await packAxe(big as unknown as AxeResults);
    expect(packed.data.length).toBeLessThan(JSON.stringify(big).length / 10);
  });

  it('reads records stored before packing: a results object is returned as it is', async () => {
    expect(await unpackAxe(results)).toBe(results);
  });

  it("packs and unpacks a page audit's axe results, leaving the rest as it was", async () => {
    const page = samplePageAudit();
    const stored = await packPageAudit(page);
    expect(isPackedAxe(stored.axe)).toBe(true);
    expect(stored.findings).toBe(page.findings);
    expect(await unpackPageAudit(stored)).toEqual(page);
  });

  it('fails loudly on damaged data instead of returning wrong results', async () => {
    await expect(unpackAxe({ encoding: 'gzip+base64', data: btoa('not gzip') })).rejects.toThrow();
  });
});
