import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '@/utils/i18n/languages';
import { sourceUnits } from '@/utils/i18n/strings';
import { emptyDraft, loadStudioData, STUDIO_NAMESPACES, studioRows } from './studio-data';

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
