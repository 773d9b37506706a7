/**
 * Dotbogi's audit output schema (version 1). Read utils/audit/SCHEMA.md first.
 *
 * These types are THE contract with the report engineer and the CLI/bench engineer.
 * utils/audit/schema.ts mirrors them in zod (used to validate imports) and generates
 * utils/audit/audit-schema.json (JSON Schema 2020-12) from that; a test keeps all three in step.
 *
 * Nothing personal is kept: every snippet and every piece of page text passes through
 * utils/audit/redact.ts before it leaves the page.
 */
import type { AxeResults } from 'axe-core';

export const SCHEMA_VERSION = 1;

/** The outcome of one rule on one page (axe's four buckets, in our words). */
export type RuleOutcome = 'failed' | 'passed' | 'needs-review' | 'inapplicable';

/** Who is hurt. Ranked views in the report group by these. */
export const PERSONAS = ['older', 'low-vision', 'screen-reader', 'migrant', 'low-literacy', 'motor'] as const;
export type Persona = (typeof PERSONAS)[number];

/** axe's impact scale, used for our own checks too. */
export const SEVERITIES = ['critical', 'serious', 'moderate', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where a rule comes from: axe-core, or one of Dotbogi's inclusion checks (utils/audit/checks). */
export type RuleSource = 'axe' | 'dotbogi';

/** One rule as it ran on a page (summed over the page's frames: failed > needs-review > passed > inapplicable). */
export interface RuleRun {
  /** axe rule id ("image-alt") or Dotbogi check id ("small-text"). */
  ruleId: string;
  source: RuleSource;
  outcome: RuleOutcome;
  /** KWCAG 2.2 items in NIA numbering ("1.1.1"); see kwcagLabel() for "1.1.1 (5.1.1)". */
  kwcag: string[];
  /** WCAG 2.2 success criteria ("1.1.1"); best-practice rules may have none. */
  wcag: string[];
  /** Frames (by index into PageAudit.frames) where the rule ran, with their own outcome. */
  frames: { frame: number; outcome: RuleOutcome }[];
}

/** One place on the page where a finding applies. */
export interface FindingNode {
  /** CSS selector path as axe gives it (one entry per shadow/frame boundary), within its frame. */
  target: string[];
  /** Index into PageAudit.frames. */
  frame: number;
  /** outerHTML start of the element, redacted (no values, no personal numbers). Max 300 chars. */
  snippet: string;
  /** Why this node fails, in the audit's language where axe ships it (redacted). */
  message: string;
  /** Tag+role path from the element up to its nearest landmark: "main>form>table>tr>td>input". */
  templateSignature: string;
}

/** A rule that failed or needs review on a page, with where and who. */
export interface Finding {
  /** Stable id: FNV-1a of rule + normalised target + template signature of the first node (see stable-id.ts). */
  id: string;
  ruleId: string;
  source: RuleSource;
  outcome: 'failed' | 'needs-review';
  /** Short title (axe `help`, or the check's title) in the audit's language where available. */
  title: string;
  description: string;
  /** axe's help URL (Deque); absent for our checks. Never fetched by Dotbogi. */
  helpUrl?: string;
  kwcag: string[];
  wcag: string[];
  personas: Persona[];
  severity: Severity;
  nodes: FindingNode[];
}

export interface Viewport {
  width: number;
  height: number;
  devicePixelRatio: number;
  /** 'mobile' when the width is under 768 CSS px; decides the 17 px / 24 px target threshold. */
  kind: 'desktop' | 'mobile';
}

/**
 * One frame the runner reached. `Axe` is how its raw axe results are held: the results object in
 * exports, the CLI's files and this schema; packed inside the extension (see StoredPageAudit).
 */
export interface FrameInfo<Axe = AxeResults> {
  /** The browser's frameId (0 = top). */
  frameId: number;
  url: string;
  title: string;
  /** The raw axe result for this frame exactly as axe returned it, except that page text in `html` fields is redacted. */
  axe: Axe | null;
  error: string | null;
}

/** Honest statement of what this audit did and did not cover. */
export interface Coverage {
  framesAudited: number;
  framesSkipped: { url: string; reason: string }[];
  errors: { frame: string; message: string }[];
  /** KWCAG items no automated rule can decide (manual-only in kwcag.json), NIA numbering. */
  manualOnly: string[];
  /** Plain statements of what was not tested ("content behind login", "only this viewport"). */
  notTested: string[];
}

/** Status of one KWCAG item on a page or journey. "automated-pass" only when fully automatable and tested. */
export type KwcagStatus = 'automated-pass' | 'fail' | 'needs-review' | 'manual-only';

export interface KwcagMatrixRow {
  /** NIA numbering ("2.1.3"). */
  item: string;
  /** Standard clause numbering ("6.1.3"). */
  clause: string;
  status: KwcagStatus;
  /** Rules that decided the status (failed ones for "fail", run ones otherwise). */
  rules: string[];
}

/**
 * Page facts that journey-level checks compare across pages. No values, ever: only where help
 * is and what each form field asks for (its purpose, from label/name/autocomplete).
 */
export interface PageFacts {
  help: { text: string; region: string; position: 'top' | 'middle' | 'bottom' | 'fixed' }[];
  fields: { purpose: string; label: string; name: string; autocomplete: string; type: string }[];
}

export type PageAuditStatus = 'complete' | 'partial' | 'interrupted';

/** One audit of one page (all its reachable frames). */
export interface PageAudit<Axe = AxeResults> {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Unique id of this audit (not stable across rescans; findings' ids are). */
  id: string;
  /** The journey this audit belongs to, or null for a one-off audit. */
  journeyId: string | null;
  url: string;
  title: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  status: PageAuditStatus;
  /** `locale`: the language of finding titles/descriptions (axe's own translation where it ships one, else "en"). */
  engines: { axeCore: string; dotbogi: string; locale: string };
  viewport: Viewport;
  frames: FrameInfo<Axe>[];
  rules: RuleRun[];
  findings: Finding[];
  kwcag: KwcagMatrixRow[];
  coverage: Coverage;
  facts: PageFacts;
}

/** axe's raw results of one frame as gzip-compressed JSON in base64 (packed-axe.ts packs and unpacks them). */
export interface PackedAxe {
  encoding: 'gzip+base64';
  data: string;
}

/**
 * A PageAudit as the extension stores and sends it: each frame's raw axe results packed
 * (utils/audit/packed-axe.ts), so a 20,000-element page's audit crosses contexts as ~0.5 MB, not
 * ~17 MB. Records stored before packing hold the results object: readers accept both.
 */
export type StoredPageAudit = PageAudit<PackedAxe | AxeResults>;

/** An ordered list of page audits of one task ("주민등록표 등본 발급"). */
export interface Journey {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  name: string;
  /** The tab being recorded (meaningless after the browser restarts; kept for the record). */
  tabId: number;
  status: 'recording' | 'stopped';
  startedAt: string;
  endedAt: string | null;
  /** PageAudit ids in visit order. */
  pages: string[];
  /** Journey-level findings (consistent help, redundant entry), recomputed when the journey stops. */
  findings: Finding[];
  kwcag: KwcagMatrixRow[];
}

/** The export/import file (audits:export / audits:import). */
export interface AuditExport {
  format: 'dotbogi-audits';
  schemaVersion: typeof SCHEMA_VERSION;
  exportedAt: string;
  journeys: Journey[];
  pages: PageAudit[];
}

/** What the injected runner returns from one frame (before the background assembles a PageAudit). */
export interface FrameRun {
  url: string;
  title: string;
  /** Resolved src of this frame's child iframes, so the background can tell which were not reached. */
  childFrames: string[];
  /** axe's results without the passed nodes: all that findings and rules are built from. */
  axeRules: AxeResults | null;
  /** axe's complete results, packed: carried into the PageAudit's frame untouched. */
  axe: PackedAxe | null;
  /** Template signature of each failing / incomplete axe node, keyed by targetKey(target) (utils/audit/target-key.ts). */
  axeSignatures: Record<string, string>;
  checks: CheckRun[];
  facts: PageFacts;
  viewport: Viewport;
  axeVersion: string;
  error: string | null;
}

/** One Dotbogi check's result in one frame. */
export interface CheckRun {
  id: string;
  outcome: RuleOutcome;
  nodes: { target: string[]; snippet: string; message: string; templateSignature: string }[];
  /** A one-line measurement, e.g. "38% of text under 16 px"; redacted. */
  summary: string;
}

/** What `audit:run` returns. */
export type AuditRunResult = StoredPageAudit;
