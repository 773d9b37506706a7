import type { WebExtension } from '@/utils/web-extension';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { ALL_SITES_PERMISSION } from '@/utils/sites/fake-site-permission';
import { settingsItem, sitesItem } from '@/utils/storage/items';
import { resolveLanguage } from '@/utils/i18n/resolve';
import { ensureOverlayApp } from './overlay-app';
import type { ReadNamespace } from '@/utils/i18n/resources';
import { overlayStrings } from './overlay-strings';

type Browser = {
  permissions: Pick<WebExtension['permissions'], 'contains'>;
  action: Pick<WebExtension['action'], 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;
  scripting: Pick<WebExtension['scripting'], 'executeScript'>;
};

/**
 * With the optional all-sites permission (asked for on the welcome page), checks the address of
 * every page a tab finishes loading, locally, and marks suspicious ones: a red "!" on the
 * toolbar button and the overlay's launcher with its 주의 badge in the page's corner (unless the
 * user turned Dotbogi off there). Only the address is used; nothing is sent anywhere.
 */
export async function checkTabAddress(browser: Browser, tabId: number, url: string, warningTitle: () => Promise<string>): Promise<boolean> {
  if (!/^https?:/.test(url)) return false;
  if (!(await browser.permissions.contains(ALL_SITES_PERMISSION))) return false;
  const check = checkOfficialSite(url);
  if (check.verdict !== 'warning') {
    await browser.action.setBadgeText({ tabId, text: '' });
    return false;
  }
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setTitle({ tabId, title: await warningTitle() });
  const site = (await sitesItem.getValue())[new URL(url).origin];
  if (site?.enabled === false) return true;
  await ensureOverlayApp(browser.scripting, tabId);
  return true;
}

/** The toolbar button's title on a suspicious page, in the user's language. */
export async function warningTitle(locales: ReadNamespace): Promise<string> {
  const { language: preferred } = await settingsItem.getValue();
  const language = resolveLanguage(preferred ? [preferred] : navigator.languages);
  return (await overlayStrings(locales, language))('welcome.badgeTitle');
}
