import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '@/utils/i18n/languages';
import { sourceUnits } from '@/utils/i18n/strings';
import { sourceHash, translationHash } from '@/utils/i18n/hashes';
import { reviewOf } from '@/utils/i18n/reviews';
import { emptyDraft, exportedHashes, exportedReviews, loadStudioData, STUDIO_NAMESPACES, studioRows } from './studio-data';

const TARGETS = LANGUAGE_CODES.filter((code) => code !== SOURCE_LANGUAGE);

describe('the studio’s “source changed” filter', { timeout: 30_000 }, () => {
  it('finds every namespace from the Korean files', () => {
    expect(STUDIO_NAMESPACES).toEqual(expect.arrayContaining(['common', 'overlay', 'guides', 'glossary', 'audit', 'report', 'manifest']));
  });

  it.each(TARGETS)('%s: a Korean edit in any namespace flags its translation, and only it', async (language) => {
    const data = await loadStudioData(language);
    const before = new Set(
      studioRows(data, emptyDraft())
        .filter((row) => row.changed)
        .map((row) => `${row.namespace}:${row.unitKey}`),
    );
    for (const namespace of STUDIO_NAMESPACES) {
      const unit = sourceUnits(data.source[namespace]!).find((candidate) => !before.has(`${namespace}:${candidate.key}`))!;
      const key = unit.plural ? `${unit.key}_other` : unit.key;
      const edited = { ...data, source: { ...data.source, [namespace]: { ...data.source[namespace], [key]: `${unit.text} (고침)` } } };
      const flagged = studioRows(edited, emptyDraft()).filter((row) => row.changed && !before.has(`${row.namespace}:${row.unitKey}`));
      expect(new Set(flagged.map((row) => `${row.namespace}:${row.unitKey}`))).toEqual(new Set([`${namespace}:${unit.key}`]));
    }
  });
});

describe('what the exported file carries', () => {
  it('hashes of the Korean each string was made from and of the string itself, and only reviews of the strings as they stand', async () => {
    const data = await loadStudioData('vi');
    const shippedReview = reviewOf('lan', data.source.common!.close!, ['Đóng']);
    const staleReview = reviewOf('lan', data.source.common!.error!, ['an older translation']);
    data.shippedReviews = { common: { close: shippedReview, error: staleReview } };
    const draft = {
      ...emptyDraft(),
      strings: { common: { translate: 'Giúp dịch' } },
      sourceHashes: { common: { translate: sourceHash('옛 원문') } },
      reviews: { common: { translate: reviewOf('minh', data.source.common!.translate!, ['Giúp dịch']) } },
      reviewer: 'minh',
    };
    const rows = studioRows(data, draft);
    expect(exportedReviews(rows, data, draft).common).toEqual({
      close: shippedReview,
      translate: reviewOf('minh', data.source.common!.translate!, ['Giúp dịch']),
    });
    const hashes = exportedHashes(rows, data, draft).common!;
    expect(hashes.translate).toBe(`${sourceHash('옛 원문')} ${translationHash(['Giúp dịch'])}`);
    expect(hashes.close).toBe(`${sourceHash(data.source.common!.close!)} ${translationHash(['Đóng'])}`);
  });
});
