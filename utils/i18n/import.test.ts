import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importBundle } from './import';
import { lintLocales } from './lint';
import { readLocaleInput } from './read-locales';
import { hashesFromFile, parseRecord, sourceHash, translationHash } from './hashes';

const repo = resolve(import.meta.dirname, '../..');
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dotbogi-import-'));
  cpSync(join(repo, 'locales'), join(root, 'locales'), { recursive: true });
  cpSync(join(repo, 'utils/glossary/terms.json'), join(root, 'utils/glossary/terms.json'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const file = (extra: Record<string, unknown>) =>
  JSON.stringify({ format: 'dotbogi-locale', version: 2, language: 'vi', reviewer: 'lan', sourceHashes: {}, reviews: {}, ...extra });
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('npm run i18n:import (a volunteer’s file taken into the project)', () => {
  it('writes the strings, keeps which Korean they were made from, takes in current reviews and counts them in the table', () => {
    const review = { by: 'lan', source: sourceHash('닫기'), translation: translationHash(['Đóng']) };
    const result = importBundle(
      root,
      file({
        strings: { common: { close: 'Đóng', error: 'Có lỗi: {{message}}' } },
        sourceHashes: { common: { error: sourceHash('옛날 원문 {{message}}') } },
        reviews: { common: { close: review, error: { ...review, source: sourceHash('다른 원문') } } },
      }),
    );
    expect(result).toMatchObject({ language: 'vi', problems: [], strings: 2, reviews: 1, outdatedReviews: 1 });
    expect(json('locales/vi/common.json').error).toBe('Có lỗi: {{message}}');
    expect(json('locales/vi/_reviews.json').common).toEqual({ close: review });
    const hashes = hashesFromFile(json('locales/vi/_source-hashes.json'));
    expect(parseRecord(hashes.common!.error!).source).toBe(sourceHash('옛날 원문 {{message}}'));
    const { problems, completeness } = lintLocales(readLocaleInput(root));
    expect(problems.filter((item) => item.language === 'vi' && item.key === 'error').map((item) => item.code)).toContain('changed');
    expect(problems.filter((item) => item.severity === 'error')).toEqual([]);
    expect(completeness.find((row) => row.language === 'vi')!.reviewed).toBe(1);
  });

  it('changes nothing when the file has an error, and names it', () => {
    const before = readFileSync(join(root, 'locales/vi/guides.json'), 'utf8');
    const result = importBundle(root, file({ strings: { guides: { 'move-in': { steps: { details: { why: 'nhấn 「Bước tiếp」' } } } } } }));
    expect(result.problems.map((item) => `${item.language}/${item.namespace} ${item.key} ${item.code} ${item.params.label}`)).toEqual([
      'vi/guides move-in.steps.details.why locked-label 「본인(세대주)」',
      'vi/guides move-in.steps.details.why locked-label 「다음 단계」',
    ]);
    expect(readFileSync(join(root, 'locales/vi/guides.json'), 'utf8')).toBe(before);
  });
});
