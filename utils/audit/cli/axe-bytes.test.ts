import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import { packAxe } from '../packed-axe.ts';
import { unpackAxeBytes } from './axe-bytes.ts';

const results = {
  testEngine: { name: 'axe-core', version: '4.14.0' },
  url: 'https://www.gov.kr/',
  passes: Array.from({ length: 3000 }, (_, i) => ({
    id: `rule-${i % 40}`,
    nodes: [{ html: `<img alt="주민등록표 등본 ${i}">`, target: ['img'] }],
  })),
  violations: [],
  incomplete: [],
  inapplicable: [],
} as unknown as AxeResults;

describe("the CLI's unpacking of axe's results into bytes", () => {
  it('gives the JSON the extension packed, byte for byte, Korean text included', async () => {
    const bytes = unpackAxeBytes(await packAxe(results));
    expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(results));
  });

  it("unpacks into one buffer of its own (never Node's shared pool), so freeing it once written frees nothing else", async () => {
    const large = unpackAxeBytes(await packAxe(results));
    expect(large.byteOffset).toBe(0);
    expect(large.buffer.byteLength).toBe(large.byteLength + 1);
    const small = unpackAxeBytes(await packAxe({ ...results, passes: [] }));
    expect(small.byteOffset).toBe(0);
    expect(Buffer.from('the next small buffer').buffer).not.toBe(small.buffer);
  });

  it('refuses data whose gzip trailer lies about the size, rather than trust it', async () => {
    const gzip = gzipSync(JSON.stringify(results));
    gzip.writeUInt32LE(10, gzip.length - 4);
    expect(() => unpackAxeBytes({ encoding: 'gzip+base64', data: gzip.toString('base64') })).toThrow();
  });

  it('fails loudly on damaged data instead of returning wrong bytes', () => {
    expect(() => unpackAxeBytes({ encoding: 'gzip+base64', data: btoa('not gzip') })).toThrow();
  });
});
