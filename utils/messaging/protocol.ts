/**
 * The one message protocol between Dotbogi's contexts, in both directions.
 *
 * - To the background (`requestSchemas`): every request any context sends, with a zod schema
 *   for its payload. The background validates each payload before a handler sees it, so a
 *   handler can trust its argument (serve.ts). Replies are typed; they come from our own code.
 * - To a tab's overlay (`tabCommandSchemas`, `tabReplySchemas`): every command the background
 *   sends. The background validates the command on the way out and the tab's reply on the way
 *   back (to-tab.ts), with these same schemas — zod lives in the background only, and a reply
 *   comes from a page's process, so it is the reply that must not be trusted.
 *
 * Each context has one listener built from its table: serve.ts (background), tab-listener.ts
 * (overlay boot, full overlay). Other contexts import this file with `import type` only, so
 * zod never reaches the overlay. Types of replies live beside it (replies.ts), never in handlers.
 */
import { z } from '@/utils/zod';
import type { LauncherCorner, Settings, SiteSettings } from '@/utils/storage/items';
import type { HelperSettings } from '@/utils/storage/items';
import type { Resource } from 'i18next';
import { fingerprintSchema, type Fingerprint } from '@/utils/guides/schema';
import type { GuideProgress } from '@/utils/guides/runner';
import type { FrictionStore } from '@/utils/guides/friction';
import type { FrictionSignal } from '@/utils/report/types';
import type { GuideListing, HighlightReply, JourneyStatus } from './replies';
import type { AuditExport, AuditRunResult, Journey, StoredPageAudit } from '@/utils/audit/types';
import type { PageAuditSummary } from '@/utils/audit/store/summary';
import type { Undoable } from '@/utils/audit/store/bin';
import type { AuditProblem } from '@/utils/audit/problem';

/** A source hash (utils/i18n/hashes.ts): eight hex digits. */
const HASH8 = /^[0-9a-f]{8}$/;
const origin = z
  .string()
  .max(400)
  .regex(/^https?:\/\/[^/]+$/, 'an origin such as https://www.example.org');

export const requestSchemas = {
  /** Merge a partial change into the global settings. */
  'settings:update': z.object({
    // '' means "follow the browser's languages" (Settings.language).
    language: z.union([z.literal(''), z.string().min(2).max(20)]).optional(),
    speechRate: z.number().min(0.5).max(2).optional(),
    launcherCorner: z.enum(['bottom-right', 'bottom-left', 'top-right', 'top-left']).optional(),
    welcomeDone: z.boolean().optional(),
    readingTextPx: z.number().int().min(22).max(48).optional(),
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
  /** The always-on boot on a page load: draw the launcher, or is the full overlay needed at once (then it is injected)? */
  'overlay:boot': z.object({
    url: z.string().max(4000),
    languages: z.array(z.string().max(40)).max(20),
    hasPasswordField: z.boolean(),
  }),
  /** The boot needs the full overlay in its frame (launcher pressed, a field focused, a guide started…). */
  'overlay:load': z.object({}),
  /** The panel's 쉬운 글 보기 needs the easy-read script (Readability and the view) in its frame. */
  'easy-read:load': z.object({}),
  /** Locale resources for the overlay, which cannot code-split and so asks for one language. */
  'i18n:resources': z.object({ language: z.string().min(2).max(20), namespaces: z.array(z.string().max(40)).max(20) }),
  /**
   * Inject the audit runner into every frame of a tab, store and return the page audit, axe's raw
   * results packed (unpackPageAudit opens them). The audit holds no text in any language: reports
   * read rule texts in the reader's language (utils/report/rule-text.ts).
   */
  'audit:run': z.object({ tabId: z.number().int() }),
  /**
   * A frame's answer to the audit's first look at a tab (utils/background/run-audit.ts), sent by the
   * probe the background injected there: a frame whose main thread never returns (an endless
   * script) holds up the browser's answer for all frames, so each frame also reports itself.
   */
  'audit:frame-found': z.object({
    probe: z.string().max(100),
    url: z.string().max(4000),
    elements: z.number().int().min(0),
    path: z.array(z.number().int().min(-1)).max(50),
  }),
  /** Start recording a journey in a tab (or continue the recording one there, e.g. after a browser restart). */
  'journey:start': z.object({ tabId: z.number().int(), name: z.string().max(200) }),
  /** Stop the recording journey. */
  'journey:stop': z.object({}),
  /** The recording journey, if any, and whether a page is being audited. */
  'journey:status': z.object({}),
  /** Give a stopped journey another name (the designer's words; redacted like every stored text). */
  'journey:rename': z.object({ id: z.string().max(100), name: z.string().min(1).max(200) }),
  /** Stored journeys and page-audit summaries (optionally of one journey). */
  'audits:list': z.object({ journeyId: z.string().max(100).optional() }),
  /** One stored page audit (a failed reply carries `problem`: deleted, missing or unreadable). */
  'audits:get': z.object({ id: z.string().max(100) }),
  /** One stored journey (a failed reply carries `problem`: deleted or missing). */
  'audits:journey': z.object({ id: z.string().max(100) }),
  /** An export file (utils/audit/SCHEMA.md) of all audits, one journey, or some pages. */
  'audits:export': z.object({ journeyId: z.string().max(100).optional(), pageIds: z.array(z.string().max(100)).max(10_000).optional() }),
  /** Import an export file (validated against the schema in the background). */
  'audits:import': z.object({ file: z.unknown() }),
  /** Delete a page audit or a whole journey with its pages: they go to the bin for UNDO_MS (utils/audit/store/bin.ts). */
  'audits:delete': z.object({ journeyId: z.string().max(100).optional(), pageId: z.string().max(100).optional() }),
  /** Undo a delete: the bin's entry (the deleted journey's or page's id) goes back where it was. */
  'audits:restore': z.object({ id: z.string().max(100) }),
  /**
   * Point at a place an audit found, in the open tab showing its page (the overlay draws it on its
   * own layer): the tab `tabId` when it still shows that page, else any tab whose address matches
   * without query and fragment (stored addresses have their query values masked). `label`: the
   * short text beside the pointer, in the designer's language.
   */
  'report:highlight': z.object({
    url: z.string().max(4000),
    target: z.array(z.string().max(4000)).min(1).max(20),
    tabId: z.number().int().optional(),
    label: z.string().max(200).optional(),
  }),
  /** Take the pointer of `report:highlight` away in a tab. */
  'report:unhighlight': z.object({ tabId: z.number().int() }),
  /** No open tab shows the page: open it (its address without masked query values) and point there. */
  'report:open': z.object({
    url: z.string().max(4000),
    target: z.array(z.string().max(4000)).min(1).max(20),
    label: z.string().max(200).optional(),
  }),
  /** Switch the overlay's passive helpers (field helper, hard words) on or off. */
  /** The user has seen the notice about storage items that were reset. */
  'storage:acknowledgeRepairs': z.object({}),
  'helpers:update': z.object({ fieldHelper: z.boolean().optional(), hardWords: z.boolean().optional() }),
  /** Open the first-run welcome page again (from the overlay's settings section). */
  'welcome:open': z.object({}),
  /** Save (or, with `draft: null`, discard) the translator studio's draft for one language. */
  'studio:saveDraft': z.object({
    language: z.string().min(2).max(20),
    draft: z
      .object({
        strings: z.record(z.string().max(40), z.record(z.string().max(200), z.string().max(5000))),
        sourceHashes: z.record(z.string().max(40), z.record(z.string().max(200), z.string().max(16))),
        reviews: z.record(
          z.string().max(40),
          z.record(
            z.string().max(200),
            z.object({
              by: z.string().min(1).max(60),
              source: z.string().max(8).regex(HASH8),
              translation: z.string().max(8).regex(HASH8),
            }),
          ),
        ),
        reviewer: z.string().max(60),
      })
      .nullable(),
  }),
  /** Guides that apply to a page (validated in the background; broken files are left out). */
  'guides:list': z.object({ url: z.string().max(4000) }),
  /** Start, move or end ("null") the guide the user follows. */
  'guide:progress': z.object({
    progress: z
      .object({
        guideId: z.string().max(100),
        guideVersion: z.number().int(),
        stepId: z.string().max(100),
        history: z.array(z.string().max(100)).max(30),
        runId: z.string().max(64),
        startedAt: z.number(),
        stepStartedAt: z.number(),
        stepPage: z.string().max(300).optional(),
      })
      .nullable(),
  }),
  /** One friction signal from a guide run (ignored unless the user opted in). */
  'guide:friction': z.object({
    runId: z.string().max(64),
    guideId: z.string().max(100),
    stepId: z.string().max(100),
    kind: z.enum(['stuck', 'not-found', 'step-time', 'abandoned', 'finished']),
    ms: z.number().min(0).optional(),
  }),
  /** Turn friction signals on or off, or delete them all. */
  'friction:update': z.object({ enabled: z.boolean().optional(), clear: z.boolean().optional() }),
  /** The opt-in friction runs on this device, as report signals placed on guide steps' pages. */
  'friction:signals': z.object({}),
  /** Guide recorder: ask a tab's overlay for the fingerprint of the next element the user clicks. */
  'guide:capture': z.object({ tabId: z.number().int() }),
  /** Guide recorder: how confidently a fingerprint matches in a tab right now. */
  'guide:test': z.object({ tabId: z.number().int(), fingerprint: fingerprintSchema }),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<T extends MessageType> = z.infer<(typeof requestSchemas)[T]>;

export interface ResponseMap {
  'settings:update': Settings;
  'site:update': SiteSettings;
  'site:enable': SiteSettings;
  'site:disable': SiteSettings;
  'zoom:set': { percent: number };
  'overlay:boot': OverlayBoot;
  'overlay:load': { loaded: boolean };
  'easy-read:load': { loaded: boolean };
  'i18n:resources': Resource;
  'audit:run': AuditRunResult;
  'audit:frame-found': null;
  'journey:start': Journey;
  'journey:stop': Journey | null;
  'journey:status': JourneyStatus;
  'journey:rename': Journey;
  /** `undoable`: deletes that can still be undone (the bin), oldest first. */
  'audits:list': { journeys: Journey[]; pages: PageAuditSummary[]; undoable: Undoable[] };
  'audits:get': StoredPageAudit;
  'audits:journey': Journey;
  'audits:export': AuditExport;
  'audits:import': { journeys: number; pages: number };
  'audits:delete': { deleted: number; undoable: Undoable | null };
  'audits:restore': { kind: Undoable['kind']; name: string };
  'report:highlight': HighlightReply;
  'report:unhighlight': { cleared: boolean };
  'report:open': HighlightReply;
  'helpers:update': HelperSettings;
  'storage:acknowledgeRepairs': { cleared: number };
  'welcome:open': { opened: true };
  'studio:saveDraft': { updatedAt: number };
  'guides:list': GuideListing;
  'guide:progress': GuideProgress | null;
  'guide:friction': { recorded: boolean };
  'friction:update': FrictionStore;
  'friction:signals': FrictionSignal[];
  'guide:capture': Fingerprint | null;
  'guide:test': TabReplyOf<'guide:test'>;
}
export type ResponseOf<T extends MessageType> = ResponseMap[T];

/** What travels on the wire. */
export interface Envelope<T extends MessageType = MessageType> {
  dotbogi: 1;
  type: T;
  payload: RequestOf<T>;
}

/** A failed reply's `problem`: why a record cannot be shown, as data each page words in its reader's language. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ReplyErrorCode; message: string; problem?: AuditProblem } };
export type ReplyErrorCode = 'invalid-request' | 'forbidden' | 'failed' | 'storage-full' | 'unknown-type';

/**
 * What the boot draws: nothing (Dotbogi is off here), nothing because the full overlay was
 * injected at once, or the launcher with these texts.
 */
export type OverlayBoot =
  | { mode: 'off' }
  | { mode: 'app' }
  | { mode: 'launcher'; language: string; dir: 'ltr' | 'rtl'; label: string; corner: LauncherCorner; fieldHelper: boolean };

/** Commands the background sends to a tab's overlay (top frame unless said otherwise). */
export const tabCommandSchemas = {
  /** The keyboard shortcut: open or close the panel (the boot loads the full overlay first). */
  'overlay:toggle': z.object({}),
  /**
   * Point at the element a report finding names: `target` is axe's selector path (one entry per
   * shadow-root/frame boundary).
   */
  'overlay:highlight': z.object({ target: z.array(z.string().max(4000)).min(1).max(20), label: z.string().max(200).optional() }),
  /** Take that pointer away (the designer's ‘표시 지우기’). */
  'overlay:unhighlight': z.object({}),
  /** Guide recorder: the fingerprint of the next element the user clicks (components/guides/capture.ts). */
  'guide:capture': z.object({}),
  /** Guide recorder: how confidently a fingerprint matches on the page now. */
  'guide:test': z.object({ fingerprint: fingerprintSchema }),
} as const;

/** What the overlay answers to each command; `overlay:toggle` is not answered. */
export const tabReplySchemas = {
  'overlay:toggle': z.undefined(),
  'overlay:highlight': z.object({ shown: z.boolean() }),
  'overlay:unhighlight': z.object({ cleared: z.boolean() }),
  'guide:capture': fingerprintSchema.nullable(),
  'guide:test': z.object({ found: z.boolean(), score: z.number().min(0).max(1), margin: z.number() }),
} satisfies Record<TabCommandType, z.ZodType>;

export type TabCommandType = keyof typeof tabCommandSchemas;
export type TabCommandOf<T extends TabCommandType> = z.infer<(typeof tabCommandSchemas)[T]>;
export type TabReplyOf<T extends TabCommandType> = z.infer<(typeof tabReplySchemas)[T]>;

/** A command on the wire to a tab. */
export interface TabEnvelope<T extends TabCommandType = TabCommandType> {
  dotbogi: 1;
  type: T;
  payload: TabCommandOf<T>;
}

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).dotbogi === 1 && typeof (value as Envelope).type === 'string';
}
