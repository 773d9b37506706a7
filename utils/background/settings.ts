import { settingsItem, sitesItem, defaultSiteSettings, type Settings, type SiteSettings } from '@/utils/storage/items';
import type { RequestOf } from '@/utils/messaging/protocol';

export async function updateSettings(patch: RequestOf<'settings:update'>): Promise<Settings> {
  const next = { ...(await settingsItem.getValue()), ...withoutUndefined(patch) };
  await settingsItem.setValue(next);
  return next;
}

export async function updateSite(origin: string, patch: Partial<Omit<SiteSettings, 'origin'>>): Promise<SiteSettings> {
  const sites = await sitesItem.getValue();
  const next: SiteSettings = { ...(sites[origin] ?? defaultSiteSettings(origin)), ...withoutUndefined(patch), origin };
  await sitesItem.setValue({ ...sites, [origin]: next });
  return next;
}

function withoutUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
