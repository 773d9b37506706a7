import kwcag from '../audit/kwcag.json' with { type: 'json' };

const NAMES = new Map(kwcag.items.map((entry) => [entry.item, entry.name]));
const WCAG = new Map(kwcag.items.map((entry) => [entry.item, entry.wcag]));

/**
 * The KWCAG item's name: Korean for Korean readers, English for everyone else (the standard
 * has no official names in other languages; kwcag.json holds ko and en).
 */
export function kwcagName(item: string, language: string): string {
  const name = NAMES.get(item);
  if (!name) return item;
  return language === 'ko' ? name.ko : name.en;
}

/** "1.1.1 (5.1.1)": both numberings, as in NIA's guide and the standard. */
export function kwcagLabel(item: string, clause: string): string {
  return `${item} (${clause})`;
}

/** The WCAG 2.2 success criteria the item maps to (working crosswalk in kwcag.json). */
export function kwcagWcag(item: string): string[] {
  return WCAG.get(item) ?? [];
}
