import { helperSettingsItem, type HelperSettings } from '@/utils/storage/items';
import type { RequestOf } from '@/utils/messaging/protocol';

/** Merges a change into the overlay's helper switches (field helper, hard words). */
export async function updateHelpers(patch: RequestOf<'helpers:update'>): Promise<HelperSettings> {
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const next = { ...(await helperSettingsItem.getValue()), ...changes };
  await helperSettingsItem.setValue(next);
  return next;
}
