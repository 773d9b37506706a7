/**
 * The one message protocol between Dotbogi's contexts.
 *
 * Every request any context sends to the background is declared here, with a zod schema for
 * its payload. The background validates each payload before a handler sees it, so a handler
 * can trust its argument. Responses are typed but not validated: they come from our own code.
 *
 * Other contexts import this file with `import type` only, so zod never reaches the overlay.
 */
import { z } from 'zod';
import type { Settings, SiteSettings } from '@/utils/storage/items';
import type { Resource } from 'i18next';
import type { AuditRunResult } from '@/utils/audit/types';

const origin = z.string().regex(/^https?:\/\/[^/]+$/, 'an origin such as https://www.example.org');

export const requestSchemas = {
  /** Merge a partial change into the global settings. */
  'settings:update': z.object({
    language: z.string().min(2).max(20).optional(),
    speechRate: z.number().min(0.5).max(2).optional(),
    launcherCorner: z.enum(['bottom-right', 'bottom-left', 'top-right', 'top-left']).optional(),
    welcomeDone: z.boolean().optional(),
  }),
  /** Merge a change into one site's settings (zoom goes through `zoom:set`). */
  'site:update': z.object({
    origin,
    contrast: z.enum(['normal', 'high', 'dark']).optional(),
    textSpacing: z.boolean().optional(),
  }),
  /** Turn the overlay on for a non-government origin (the popup has asked for the permission). */
  'site:enable': z.object({ origin }),
  /** Turn the overlay off for an origin, government or not. */
  'site:disable': z.object({ origin }),
  /** Browser zoom for the sender's tab (content script) or a given tab (popup). */
  'zoom:set': z.object({ tabId: z.number().int().optional(), percent: z.number().min(100).max(200) }),
  /** Locale resources for the overlay, which cannot code-split and so asks for one language. */
  'i18n:resources': z.object({ language: z.string().min(2).max(20), namespaces: z.array(z.string()).max(20) }),
  /** Inject the audit runner into every frame of a tab and collect its results. */
  'audit:run': z.object({ tabId: z.number().int() }),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<T extends MessageType> = z.infer<(typeof requestSchemas)[T]>;

export interface ResponseMap {
  'settings:update': Settings;
  'site:update': SiteSettings;
  'site:enable': SiteSettings;
  'site:disable': SiteSettings;
  'zoom:set': { percent: number };
  'i18n:resources': Resource;
  'audit:run': AuditRunResult;
}
export type ResponseOf<T extends MessageType> = ResponseMap[T];

/** What travels on the wire. */
export interface Envelope<T extends MessageType = MessageType> {
  dotbogi: 1;
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ReplyErrorCode; message: string } };
export type ReplyErrorCode = 'invalid-request' | 'forbidden' | 'failed' | 'unknown-type';

/** Messages the background sends to a tab's overlay. */
export type OverlayCommand = { dotbogi: 1; type: 'overlay:toggle' };

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).dotbogi === 1 && typeof (value as Envelope).type === 'string';
}
