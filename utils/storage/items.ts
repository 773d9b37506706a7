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
import type { GuideProgress } from '@/utils/guides/runner';
import type { FrictionStore } from '@/utils/guides/friction';

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
  /** Text size of the easy-read view (쉬운 글 보기), px; never below 22. */
  readingTextPx: number;
}

export const DEFAULT_SETTINGS: Settings = {
  language: '',
  speechRate: 1,
  launcherCorner: 'bottom-right',
  welcomeDone: false,
  readingTextPx: 24,
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
  version: 2,
  migrations: {
    // v2 added the easy-read view's text size.
    2: (settings: Omit<Settings, 'readingTextPx'>): Settings => ({ ...settings, readingTextPx: DEFAULT_SETTINGS.readingTextPx }),
  },
});

/** Per-origin settings, keyed by origin ("https://www.gov.kr"). */
export const sitesItem = storage.defineItem<Record<string, SiteSettings>>('local:sites', {
  fallback: {},
  version: 1,
});

/** The overlay's passive helpers, each one switchable from the panel. */
export interface HelperSettings {
  /** Explain a form field's format beside it when it gets focus (on by default; never reads values). */
  fieldHelper: boolean;
  /** Mark administrative "hard words" on every page (off by default: it adds one <style> to the page). */
  hardWords: boolean;
}

export const DEFAULT_HELPER_SETTINGS: HelperSettings = { fieldHelper: true, hardWords: false };

export const helperSettingsItem = storage.defineItem<HelperSettings>('local:helpers', {
  fallback: DEFAULT_HELPER_SETTINGS,
  version: 1,
});

/** A volunteer's unsent translation for one language, from the translator studio ("번역 돕기"). */
export interface TranslationDraft {
  /** Namespace → key → the volunteer's text (flat keys, as in lint.ts). */
  strings: Record<string, Record<string, string>>;
  /** Namespace → key → hash of the Korean source when the volunteer last edited that key. */
  sourceHashes: Record<string, Record<string, string>>;
  /** Namespace → unit key → the review the volunteer recorded (reviewer, Korean and translation hashes). */
  reviews: Record<string, Record<string, { by: string; source: string; translation: string }>>;
  /** The name or handle the volunteer chose to be credited with ('' for none). */
  reviewer: string;
  updatedAt: number;
}

/** Studio drafts per language code; kept until the volunteer exports or clears them. */
export const translationDraftsItem = storage.defineItem<Record<string, TranslationDraft>>('local:translationDrafts', {
  fallback: {},
  version: 2,
  migrations: {
    // v2 added per-string reviews and the reviewer's name.
    2: (drafts: Record<string, Omit<TranslationDraft, 'reviews' | 'reviewer'>>): Record<string, TranslationDraft> =>
      Object.fromEntries(Object.entries(drafts).map(([language, draft]) => [language, { ...draft, reviews: {}, reviewer: '' }])),
  },
});

/**
 * The audit engine's live state (owned by utils/background/journey.ts): which journey is
 * recording in which tab, and which audit is in flight, so a service-worker restart can resume.
 * The records themselves are in IndexedDB (utils/audit/store).
 */
export interface AuditRuntime {
  active: { journeyId: string; tabId: number } | null;
  inFlight: { id: string; journeyId: string; tabId: number; url: string; startedAt: number } | null;
}

export const auditRuntimeItem = storage.defineItem<AuditRuntime>('local:auditRuntime', {
  fallback: { active: null, inFlight: null },
  version: 1,
});

/**
 * The guide the user is following ("도와 드릴 일"), if any: guide, step, visited steps. Lets a
 * guide survive page loads, route changes, pop-up windows and browser restarts. Written by
 * utils/background/guides.ts (`guide:progress`).
 */
export const guideProgressItem = storage.defineItem<GuideProgress | null>('local:guideProgress', {
  fallback: null,
  version: 1,
});

/**
 * Friction signals from guide runs (opt-in, off by default, this device only, capped at
 * FRICTION_MAX_RUNS runs; ids, counts and durations only — never page text or what was typed).
 */
export const frictionSignalsItem = storage.defineItem<FrictionStore>('local:frictionSignals', {
  fallback: { enabled: false, runs: [] },
  version: 1,
});

export const REPAIRS_KEY = 'storageRepairs';

export interface StorageRepair {
  key: string;
  at: number;
  /** What was wrong (the first schema issue), never the stored value itself. */
  reason: string;
}

// Declared here, checked in repair.ts: importing repair.ts would pull zod into the overlay.
/** Items the background found corrupted and reset (utils/storage/repair.ts); shown once in the popup and options. */
export const storageRepairsItem = storage.defineItem<StorageRepair[]>(`local:${REPAIRS_KEY}`, {
  fallback: [],
  version: 1,
});
