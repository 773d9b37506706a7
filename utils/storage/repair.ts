/**
 * Safe reads for chrome.storage.local: every item in items.ts has a schema here, loose enough to
 * accept anything our code writes (and older versions of it), strict about types. At worker start
 * and after every change, the background checks each item; one that no longer fits (a corrupted
 * profile, a bad sync, a hand edit) is reset to its default, so no context ever reads garbage,
 * and the repair is noted in `storageRepairs` with the reason, for the UI and for support.
 * Records that can be partly kept (per-site settings) keep their good entries.
 */
import { z } from '@/utils/zod';
import type { WebExtension } from '@/utils/web-extension';
import { REPAIRS_KEY, type StorageRepair } from './items';

export { REPAIRS_KEY, type StorageRepair };

type Area = Pick<WebExtension['storage']['local'], 'get' | 'set' | 'remove'>;

const MAX_REPAIRS = 20;

const site = z.looseObject({
  origin: z.string().max(400),
  enabled: z.boolean().nullable().optional(),
  contrast: z.enum(['normal', 'high', 'dark']).optional(),
  textSpacing: z.boolean().optional(),
  zoomPercent: z.number().min(25).max(500).optional(),
});

/** Key in chrome.storage.local → the shape it must have (undefined: the item is unset). */
export const STORED_SHAPES: Record<string, z.ZodType> = {
  settings: z.looseObject({
    language: z.string().max(20).optional(),
    speechRate: z.number().min(0.1).max(10).optional(),
    launcherCorner: z.enum(['bottom-right', 'bottom-left', 'top-right', 'top-left']).optional(),
    welcomeDone: z.boolean().optional(),
    readingTextPx: z.number().min(10).max(100).optional(),
  }),
  sites: z.record(z.string(), site),
  helpers: z.looseObject({ fieldHelper: z.boolean().optional(), hardWords: z.boolean().optional() }),
  translationDrafts: z.record(z.string(), z.looseObject({ strings: z.record(z.string(), z.record(z.string(), z.string())) })),
  auditRuntime: z.looseObject({
    active: z.looseObject({ journeyId: z.string(), tabId: z.number() }).nullable(),
    inFlight: z
      .looseObject({ id: z.string(), journeyId: z.string(), tabId: z.number(), url: z.string(), startedAt: z.number() })
      .nullable(),
  }),
  guideProgress: z
    .looseObject({
      guideId: z.string(),
      guideVersion: z.number(),
      stepId: z.string(),
      history: z.array(z.string()),
      runId: z.string(),
      startedAt: z.number(),
      stepStartedAt: z.number(),
    })
    .nullable(),
  frictionSignals: z.looseObject({ enabled: z.boolean(), runs: z.array(z.looseObject({})) }),
};

/** Checks the given keys (all known ones by default); resets what does not fit. Returns the repairs made. */
export async function repairStorage(
  area: Area,
  keys: readonly string[] = Object.keys(STORED_SHAPES),
  now = Date.now(),
): Promise<StorageRepair[]> {
  const known = keys.filter((key) => key in STORED_SHAPES);
  if (known.length === 0) return [];
  const stored = await area.get(known);
  const repairs: StorageRepair[] = [];
  for (const key of known) {
    const value = stored[key];
    if (value === undefined) continue;
    const result = STORED_SHAPES[key]!.safeParse(value);
    if (result.success) continue;
    const issue = result.error.issues[0];
    const reason = `${[key, ...(issue?.path ?? [])].join('.')}: ${issue?.message ?? 'invalid'}`;
    if (key === 'sites' && isPlainObject(value)) {
      // Keep every site that is still fine; drop only the broken entries.
      const kept = Object.fromEntries(Object.entries(value).filter(([, entry]) => site.safeParse(entry).success));
      await area.set({ [key]: kept });
    } else {
      await area.remove(key);
    }
    repairs.push({ key, at: now, reason });
  }
  if (repairs.length > 0) {
    const previous = (await area.get(REPAIRS_KEY))[REPAIRS_KEY];
    const list = Array.isArray(previous) ? (previous as StorageRepair[]) : [];
    await area.set({ [REPAIRS_KEY]: [...list, ...repairs].slice(-MAX_REPAIRS) });
    console.warn('Dotbogi: reset corrupted storage items to their defaults:', repairs.map((repair) => repair.reason).join('; '));
  }
  return repairs;
}

/** Repairs at start, then after every change to a known item (from any context or from outside). */
export function watchStorageHealth(storage: { local: Area; onChanged: WebExtension['storage']['onChanged'] }): Promise<StorageRepair[]> {
  storage.onChanged.addListener((changes, areaName) => {
    if (areaName !== 'local') return;
    const changed = Object.keys(changes).filter((key) => key in STORED_SHAPES);
    if (changed.length > 0) void repairStorage(storage.local, changed);
  });
  return repairStorage(storage.local);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
