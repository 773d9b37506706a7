import type { TFunction } from 'i18next';
import { MessageError } from '@/utils/messaging/send';
import { problemOf } from '@/utils/audit/problem';
import { problemText } from '@/utils/report/problem-text';

/**
 * What to tell the designer when a request failed: a full store in their language, why a record
 * cannot be shown (deleted, missing, unreadable schema: report.json `problem.*`, the side panel loads
 * the report namespace) in their language, anything else with its reason.
 */
export function failureText(t: TFunction, error: unknown, language: string): string {
  if (error instanceof MessageError && error.code === 'storage-full') return t('storageFull');
  const problem = problemReason(t, error, language);
  if (problem) return problem;
  return t('failed', { message: error instanceof Error ? error.message : String(error) });
}

/** Why a record cannot be shown, in the reader's language, when the background said why; else null. */
export function problemReason(t: TFunction, error: unknown, language: string): string | null {
  const problem = problemOf(error);
  return problem ? problemText((key, values) => t(`report:${key}`, values ?? {}), problem, language) : null;
}
