import { describe, expect, it } from 'vitest';
import { translationDraftsItem } from '@/utils/storage/items';
import { requestSchemas } from '@/utils/messaging/protocol';
import { saveTranslationDraft } from './translation-drafts';

const draft = { strings: { common: { close: 'Đóng' } }, sourceHashes: { common: { close: '866c7eae' } } };

describe('studio drafts, written by the background only', () => {
  it('keeps one draft per language and removes it on null', async () => {
    await saveTranslationDraft('vi', draft);
    await saveTranslationDraft('ar', { strings: {}, sourceHashes: {} });
    expect((await translationDraftsItem.getValue()).vi).toMatchObject(draft);
    await saveTranslationDraft('vi', null);
    expect(Object.keys(await translationDraftsItem.getValue())).toEqual(['ar']);
  });

  it('refuses Korean (the source) and unknown languages', async () => {
    await expect(saveTranslationDraft('ko', draft)).rejects.toThrow(/not a language to translate into/);
    await expect(saveTranslationDraft('xx', draft)).rejects.toThrow(/not a language to translate into/);
  });

  it('accepts "" (follow the browser) as a language setting', () => {
    expect(requestSchemas['settings:update'].safeParse({ language: '' }).success).toBe(true);
    expect(requestSchemas['settings:update'].safeParse({ language: 'x' }).success).toBe(false);
  });
});
