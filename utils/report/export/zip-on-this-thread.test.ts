import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate/browser';
import { zip } from './zip-on-this-thread.ts';

describe('fflate’s zip without workers (for the extension pages’ CSP)', () => {
  it('zips large files on this thread, calling back after it returns, like fflate’s own', async () => {
    const big = 'x'.repeat(400_000);
    let returned = false;
    const archive = await new Promise<Uint8Array>((resolve, reject) => {
      zip({ 'a.xml': strToU8(big), 'b.xml': strToU8('<b/>') }, { level: 6 }, (error, data) => {
        expect(returned).toBe(true);
        if (error) reject(error);
        else resolve(data);
      });
      returned = true;
    });
    const files = unzipSync(archive);
    expect(strFromU8(files['a.xml']!)).toBe(big);
    expect(strFromU8(files['b.xml']!)).toBe('<b/>');
  });
});
