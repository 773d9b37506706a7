/**
 * Everything Dotbogi keeps in `browser.storage`, declared once.
 *
 * Each item has a version; when a stored shape changes, bump the version and add a migration
 * from the previous one, so an update never loses what a user set. Only the background writes
 * (see utils/background); other contexts read and watch. Large records (audits, journeys) live
 * in IndexedDB, not here.
 *
 * Nothing personal is stored: no form values, names or numbers from pages.
 */
import { storage } from 'wxt/utils/storage';

export type LauncherCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
export type ContrastMode = 'normal' | 'high' | 'dark';

export interface Settings {
  /** A BCP 47 tag from locales/languages.json, or '' to follow the browser. */
  language: string;
  /** speechSynthesis rate: 0.8 is "slow", 1 "normal". */
  speechRate: number;
  launcherCorner: LauncherCorner;
  /** The first-run welcome has been seen. */
  welcomeDone: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: '',
  speechRate: 1,
  launcherCorner: 'bottom-right',
  welcomeDone: false,
};

export interface SiteSettings {
  origin: string;
  /** On government hosts the overlay is on unless switched off; elsewhere off unless enabled. */
  enabled: boolean | null;
  contrast: ContrastMode;
  textSpacing: boolean;
  zoomPercent: number;
}

export function defaultSiteSettings(origin: string): SiteSettings {
  return { origin, enabled: null, contrast: 'normal', textSpacing: false, zoomPercent: 100 };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Per-origin settings, keyed by origin ("https://www.gov.kr"). */
export const sitesItem = storage.defineItem<Record<string, SiteSettings>>('local:sites', {
  fallback: {},
  version: 1,
});
