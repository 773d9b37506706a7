import { BUNDLE_VERSION, type LocaleBundle } from '@/utils/i18n/bundle';
import type { SourceHashes } from '@/utils/i18n/hashes';
import type { Reviews } from '@/utils/i18n/reviews';
import { toTrees, type ByNamespace } from './studio-data';

export function localeBundle(
  language: string,
  reviewer: string,
  strings: ByNamespace,
  sourceHashes: SourceHashes,
  reviews: Reviews,
): LocaleBundle {
  return { format: 'dotbogi-locale', version: BUNDLE_VERSION, language, reviewer, strings: toTrees(strings), sourceHashes, reviews };
}

/** Saves a bundle as a file on the volunteer's computer: a Blob and a download link, no network. */
export function downloadBundle(bundle: LocaleBundle, doc: Document = document): string {
  const name = `dotbogi-${bundle.language}.json`;
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(bundle, null, 2)}\n`], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}
