import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translationDraftsItem } from '@/utils/storage/items';
import { requestSchemas } from '@/utils/messaging/protocol';
import { saveTranslationDraft } from './translation-drafts';

const draft = {
  strings: { common: { close: 'Đóng' } },
  sourceHashes: { common: { close: '866c7eae' } },
  reviews: { common: { close: { by: 'minh', source: '866c7eae', translation: '1a2b3c4d' } } },
  reviewer: 'minh',
};

describe('studio drafts, written by the background only', () => {
  it('keeps one draft per language and removes it on null', async () => {
    await saveTranslationDraft('vi', draft);
    await saveTranslationDraft('ar', { strings: {}, sourceHashes: {}, reviews: {}, reviewer: '' });
    expect((await translationDraftsItem.getValue()).vi).toMatchObject(draft);
    await saveTranslationDraft('vi', null);
    expect(Object.keys(await translationDraftsItem.getValue())).toEqual(['ar']);
  });

  it('refuses Korean (the source) and unknown languages', async () => {
    await expect(saveTranslationDraft('ko', draft)).rejects.toThrow(/not a language to translate into/);
    await expect(saveTranslationDraft('xx', draft)).rejects.toThrow(/not a language to translate into/);
  });

  it('migrates drafts saved before reviews existed', async () => {
    await fakeBrowser.storage.local.set({
      translationDrafts: { vi: { strings: { common: { close: 'Đóng' } }, sourceHashes: {}, updatedAt: 1 } },
      translationDrafts$: { v: 1 },
    });
    await translationDraftsItem.migrate();
    expect((await translationDraftsItem.getValue()).vi).toEqual({
      strings: { common: { close: 'Đóng' } },
      sourceHashes: {},
      reviews: {},
      reviewer: '',
      updatedAt: 1,
    });
  });

  it('validates a draft’s reviews: a reviewer name and two hashes', () => {
    const schema = requestSchemas['studio:saveDraft'];
    expect(schema.safeParse({ language: 'vi', draft }).success).toBe(true);
    const bad = { ...draft, reviews: { common: { close: { by: '', source: 'x', translation: 'y' } } } };
    expect(schema.safeParse({ language: 'vi', draft: bad }).success).toBe(false);
  });

  it('accepts "" (follow the browser) as a language setting', () => {
    expect(requestSchemas['settings:update'].safeParse({ language: '' }).success).toBe(true);
    expect(requestSchemas['settings:update'].safeParse({ language: 'x' }).success).toBe(false);
  });
});
