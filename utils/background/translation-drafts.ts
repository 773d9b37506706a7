import { translationDraftsItem, type TranslationDraft } from '@/utils/storage/items';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '@/utils/i18n/languages';

/** Stores (or removes, for `null`) the studio's draft for one language. */
export async function saveTranslationDraft(
  language: string,
  draft: Omit<TranslationDraft, 'updatedAt'> | null,
): Promise<{ updatedAt: number }> {
  if (!LANGUAGE_CODES.includes(language) || language === SOURCE_LANGUAGE)
    throw new Error(`"${language}" is not a language to translate into.`);
  const drafts = { ...(await translationDraftsItem.getValue()) };
  const updatedAt = Date.now();
  if (draft) drafts[language] = { ...draft, updatedAt };
  else delete drafts[language];
  await translationDraftsItem.setValue(drafts);
  return { updatedAt };
}
