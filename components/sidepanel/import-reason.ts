import type { TFunction } from 'i18next';

/** Why the background refused an imported file, in the designer's words (its schema detail is for developers). */
export function importReason(t: TFunction, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('Not a Dotbogi audit file')) return t('fileNotDotbogi');
  return t('failed', { message });
}
