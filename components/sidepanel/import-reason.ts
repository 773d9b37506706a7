import type { TFunction } from 'i18next';
import { problemReason } from './failure-text';

/**
 * Why the background refused an imported file, in the designer's words: an unreadable schema
 * version with the versions as values (its English detail is for developers), or not ours at all.
 */
export function importReason(t: TFunction, error: unknown, language: string): string {
  const problem = problemReason(t, error, language);
  if (problem) return problem;
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('Not a Dotbogi audit file')) return t('fileNotDotbogi');
  return t('failed', { message });
}
