import type { TFunction } from 'i18next';
import { MessageError } from '@/utils/messaging/send';

/** What to tell the designer when a request failed: a full store in their language, anything else with its reason. */
export function failureText(t: TFunction, error: unknown): string {
  if (error instanceof MessageError && error.code === 'storage-full') return t('storageFull');
  return t('failed', { message: error instanceof Error ? error.message : String(error) });
}
