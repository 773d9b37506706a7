import { storageRepairsItem } from '@/utils/storage/items';

/** Clears the notice once the user has read it; the repaired items themselves stay as they are. */
export async function acknowledgeRepairs(): Promise<{ cleared: number }> {
  const cleared = (await storageRepairsItem.getValue()).length;
  await storageRepairsItem.setValue([]);
  return { cleared };
}
