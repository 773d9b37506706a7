import type { WebExtension } from '@/utils/web-extension';
import { sitesItem } from '@/utils/storage/items';
import { updateSite } from './settings';
import { isGovHost } from '@/utils/sites/gov-hosts';

/** The id of our one runtime registration that carries every opted-in origin. */
export const OPT_IN_SCRIPT_ID = 'dotbogi-overlay-opt-in';
const OVERLAY_SCRIPT = '/content-scripts/overlay.js';

type Scripting = Pick<
  WebExtension['scripting'],
  'getRegisteredContentScripts' | 'registerContentScripts' | 'updateContentScripts' | 'unregisterContentScripts'
>;
type Permissions = Pick<WebExtension['permissions'], 'contains'>;

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Turns the overlay on for a non-government origin. The popup requested the optional host
 * permission first (it must: only a user gesture may); we refuse if it was not granted.
 */
export async function enableSite(scripting: Scripting, permissions: Permissions, origin: string) {
  if (!(await permissions.contains({ origins: [originPattern(origin)] }))) {
    throw new Error(`No permission for ${origin}: the user has not allowed Dotbogi there.`);
  }
  const site = await updateSite(origin, { enabled: true });
  await syncRegistration(scripting);
  return site;
}

export async function disableSite(scripting: Scripting, origin: string) {
  const site = await updateSite(origin, { enabled: false });
  await syncRegistration(scripting);
  return site;
}

/** Makes the runtime registration match the stored opt-in origins (also after an update). */
export async function syncRegistration(scripting: Scripting): Promise<string[]> {
  const sites = await sitesItem.getValue();
  const matches = Object.values(sites)
    // Government hosts already get the overlay from the manifest; registering them twice would mount it twice.
    .filter((site) => site.enabled === true && !isGovHost(new URL(site.origin).hostname))
    .map((site) => originPattern(site.origin));
  const existing = await scripting.getRegisteredContentScripts({ ids: [OPT_IN_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [OPT_IN_SCRIPT_ID] });
    return matches;
  }
  const script = { id: OPT_IN_SCRIPT_ID, js: [OVERLAY_SCRIPT], matches, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return matches;
}
