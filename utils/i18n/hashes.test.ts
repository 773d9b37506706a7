import { describe, expect, it } from 'vitest';
import { formatRecord, hashesFromFile, hashesFileText, parseRecord, sourceHash, syncHashes, translationHash } from './hashes';

const sources = { common: { close: '닫기', files_other: '파일 {{count}}개' } };
const en = { close: 'Close', files_one: 'one file', files_other: '{{count}} files' };
const record = (korean: string, ...forms: string[]) => `${sourceHash(korean)} ${translationHash(forms)}`;
const sync = (target: Record<string, string>, recorded = {}, accept?: (namespace: string, key: string) => boolean) =>
  syncHashes({ language: 'en', sources, targets: { common: target }, recorded, accept });

describe('syncHashes: the records npm run i18n:check keeps', () => {
  it('records a new translation with the Korean beside it, plural forms as one unit', () => {
    expect(sync(en)).toEqual({
      common: { close: record('닫기', 'Close'), files: record('파일 {{count}}개', 'one file', '{{count}} files') },
    });
  });

  it('keeps the old Korean hash when only the Korean changed, so the string shows as changed', () => {
    const before = { common: { close: record('닫음', 'Close') } };
    expect(sync({ close: 'Close' }, before).common!.close).toBe(record('닫음', 'Close'));
  });

  it('takes a translation edited after the Korean changed as updated', () => {
    const before = { common: { close: record('닫음', 'Shut') } };
    expect(sync({ close: 'Close' }, before).common!.close).toBe(record('닫기', 'Close'));
  });

  it('records a Korean edit as needing no new translation when accepted', () => {
    const before = { common: { close: record('닫음', 'Close') } };
    expect(sync({ close: 'Close' }, before, (namespace, key) => namespace === 'common' && key === 'close').common!.close).toBe(
      record('닫기', 'Close'),
    );
  });

  it('completes records of the old format (Korean hash only) without hiding a change', () => {
    expect(sync({ close: 'Close' }, { common: { close: sourceHash('닫기') } }).common!.close).toBe(record('닫기', 'Close'));
    const stale = sync({ close: 'Close' }, { common: { close: sourceHash('닫음') } }).common!.close!;
    expect(parseRecord(stale)).toEqual({ source: sourceHash('닫음'), translation: translationHash(['Close']) });
  });

  it('drops records of removed keys and of strings not translated, and changes nothing on a second run', () => {
    const once = sync({ close: 'Close' }, { common: { gone: record('옛말', 'Old') }, removed: { x: 'y' } });
    expect(Object.keys(once)).toEqual(['common']);
    expect(Object.keys(once.common!)).toEqual(['close']);
    expect(sync({ close: 'Close' }, once)).toEqual(once);
  });

  it('reads and writes the file, skipping its comment', () => {
    const hashes = { common: { close: formatRecord({ source: 'a', translation: 'b' }) } };
    expect(hashesFromFile(JSON.parse(hashesFileText(hashes)))).toEqual(hashes);
  });
});
