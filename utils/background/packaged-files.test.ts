import { describe, expect, it } from 'vitest';
import { readPackagedJson } from './packaged-files';

const runtime = { getURL: (path: string) => `chrome-extension://dotbogi${path}` };

/** Answers like Chromium for the extension's own files: the listed ones, and a rejection for any other. */
function packageWith(files: Record<string, string>): typeof fetch {
  return (async (url: string) => {
    const body = files[url];
    if (body === undefined) throw new TypeError('Failed to fetch');
    return new Response(body, { status: 200 });
  }) as typeof fetch;
}

describe('readPackagedJson', () => {
  it("reads a file from the extension's own package", async () => {
    const files = packageWith({ 'chrome-extension://dotbogi/locales/ko/overlay.json': '{"launcher":{"label":"돋보기"}}' });
    expect(await readPackagedJson(runtime, '/locales/ko/overlay.json', files)).toEqual({ launcher: { label: '돋보기' } });
  });

  it('answers undefined for a file the package does not have (a language not yet translated)', async () => {
    expect(await readPackagedJson(runtime, '/locales/km/overlay.json', packageWith({}))).toBeUndefined();
  });

  it('names the file when it is there but broken', async () => {
    const files = packageWith({ 'chrome-extension://dotbogi/locales/ko/overlay.json': '{"launcher": ' });
    await expect(readPackagedJson(runtime, '/locales/ko/overlay.json', files)).rejects.toThrow(
      /\/locales\/ko\/overlay\.json is not valid JSON/,
    );
  });
});
