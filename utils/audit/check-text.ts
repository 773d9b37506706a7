import type { CheckMeta } from './check-types';

/** A Dotbogi check's title and description in the audit's language (Korean for ko, English otherwise), with what it measured. */
export function checkText(meta: CheckMeta, language: string, summary: string) {
  const lang = language.startsWith('ko') ? 'ko' : 'en';
  return { title: meta.title[lang], description: `${meta.rationale[lang]} (${summary})` };
}
