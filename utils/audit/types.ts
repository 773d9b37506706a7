/**
 * Dotbogi's audit output schema (version 2). Read utils/audit/SCHEMA.md first.
 *
 * These types are THE contract with the report engineer and the CLI/bench engineer.
 * utils/audit/schema.ts mirrors them in zod (used to validate imports) and generates
 * utils/audit/audit-schema.json (JSON Schema 2020-12) from that; a test keeps all three in step.
 *
 * Nothing personal is kept: every snippet and every piece of page text passes through
 * utils/audit/redact.ts before it leaves the page.
 */
import type { AxeResults } from 'axe-core';

export const SCHEMA_VERSION = 2;

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

/**
 * How sure a finding is. axe's violations are `certain` and its "needs review" results
 * `needs-person`; each of Dotbogi's checks says which it is for what it found (a measured size
 * under a threshold is certain, a word that suggests a time limit is likely).
 */
export const CONFIDENCES = ['certain', 'likely', 'needs-person'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** One of two things a check judged the same (redundant entry: a field asked on two pages). */
export interface EvidenceField {
  /** 0-based journey step the field is on. */
  step: number;
  /** The field's label text (redacted; never its value). */
  label: string;
  /** What it asks for, e.g. "bday", "tel", or "label:…" when only its label tells. */
  purpose: string;
  /** Its autocomplete tokens, "" when none. */
  autocomplete: string;
  /** Input type or tag ("text", "tel", "select"). */
  type: string;
}

/**
 * Why one of Dotbogi's checks fired, so a reader can judge it: the value it measured and the
 * threshold it applied, the words it matched, the two fields it judged the same. The sentence for
 * people is the locale string `rules:<ruleId>.evidence.<key>` filled with `values` (every language
 * has it; evidenceKeys() in check-registry lists the keys a check uses). Page text in it (matched
 * words, labels) is redacted like snippets are.
 */
export interface Evidence {
  key: string;
  values: Record<string, string | number>;
  /** The measured value against the threshold the check applied. */
  measured?: { quantity: string; value: number; unit: string; comparison: '<' | '≤' | '>' | '≥'; threshold: number };
  /** Words (or attribute values) on the page that the check matched. */
  matched?: string[];
  /** The two fields the check judged to ask the same thing. */
  same?: [EvidenceField, EvidenceField];
}

/** One rule as it ran on a page (for axe's rules, as axe.finishRun reported it for the whole page; for ours, the worst over frames: failed > needs-review > passed > inapplicable). */
export interface RuleRun {
  /** axe rule id ("image-alt") or Dotbogi check id ("small-text"). */
  ruleId: string;
  source: RuleSource;
  outcome: RuleOutcome;
  /** KWCAG 2.2 items in NIA numbering ("1.1.1"); see kwcagLabel() for "1.1.1 (5.1.1)". */
  kwcag: string[];
  /** WCAG 2.2 success criteria ("1.1.1"); best-practice rules may have none. */
  wcag: string[];
  /**
   * Dotbogi's checks: each frame (by index into PageAudit.frames) where the check ran, with its own
   * outcome. axe's rules: the frames holding the rule's failed or needs-review nodes (axe decides
   * the outcome once for the page, so a frame has no outcome of its own there).
   */
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
  /** Why this node fails, as axe or the check says it: English, for reference only (redacted). */
  message: string;
  /** Tag+role path from the element up to its nearest landmark: "main>form>table>tr>td>input". */
  templateSignature: string;
  /** Dotbogi's checks: why this element was flagged (its measured size, the words matched). */
  evidence?: Evidence;
}

/** A rule that failed or needs review on a page, with where and who. */
export interface Finding {
  /** Stable id: FNV-1a of rule + normalised target + template signature of the first node (see stable-id.ts). */
  id: string;
  ruleId: string;
  source: RuleSource;
  outcome: 'failed' | 'needs-review';
  /**
   * Schema 1 records only: the rule's title and description in the language of the audit. Reports
   * read Dotbogi's own texts by `ruleId` in the reader's language instead (locales/<language>/
   * rules.json, utils/report/rule-text.ts); why a check fired is its `evidence`.
   */
  title?: string;
  description?: string;
  /** axe's help URL (Deque); absent for our checks. Never fetched by Dotbogi. */
  helpUrl?: string;
  kwcag: string[];
  wcag: string[];
  personas: Persona[];
  severity: Severity;
  confidence: Confidence;
  /** Why the check fired, for the page as a whole (e.g. "38% of 2,410 characters under 16 px > 25%"); [] for axe's rules. */
  evidence: Evidence[];
  nodes: FindingNode[];
}

export interface Viewport {
  width: number;
  height: number;
  devicePixelRatio: number;
  /** 'mobile' when the width is under 768 CSS px; decides the 17 px / 24 px target threshold. */
  kind: 'desktop' | 'mobile';
}

/** One frame the runner reached. */
export interface FrameInfo {
  /** The browser's frameId (0 = top). */
  frameId: number;
  url: string;
  title: string;
  /**
   * Where the frame sits: its index among its parent's frames at each level from the top ([] for
   * the top, [1, 0] for the first frame inside the page's second frame); null when the browser
   * would not say (a frame inside a shadow root, in Chromium).
   */
  path: number[] | null;
  /** Why this frame's audit (axe's part or Dotbogi's checks) did not finish; null when it did. */
  error: string | null;
}

/** Why a frame was not audited. */
export const FRAME_SKIP_KINDS = ['no-permission', 'blank', 'sandboxed', 'timed-out', 'navigated', 'unplaced', 'error'] as const;
export type FrameSkipKind = (typeof FRAME_SKIP_KINDS)[number];

/** A frame the audit did not cover, and why: never silently dropped. */
export interface SkippedFrame {
  url: string;
  /** The reason in plain English (with the bound or the browser's message). */
  reason: string;
  /**
   * `no-permission`: cross-origin and Dotbogi may not access that host; `blank`: about:blank or
   * srcdoc content written by script that the browser gave Dotbogi no access to; `sandboxed`: a
   * sandboxed frame that would not run the audit; `timed-out`: it did not answer within its bound;
   * `navigated`: it navigated away or was removed mid-audit; `unplaced`: reached, but the browser
   * would not tell where it sits in the page (a frame inside a shadow root, in Chromium), so
   * axe's page-wide rules could not include it; `error`: anything else.
   */
  kind: FrameSkipKind;
}

/** Honest statement of what this audit did and did not cover. */
export interface Coverage {
  framesAudited: number;
  framesSkipped: SkippedFrame[];
  errors: { frame: string; message: string }[];
  /** KWCAG items no automated rule can decide (manual-only in kwcag.json), NIA numbering. */
  manualOnly: string[];
  /**
   * Schema 1 records only: English statements of what was not tested. Reports state it in the
   * reader's language from the audit's viewport (report.json `coverage.notTested.*`).
   */
  notTested?: string[];
  /**
   * A schema 1 record audited frame by frame (migrate.ts): rules meant for the whole page (title,
   * language, landmarks) may show results from inside frames. Reports say so in words.
   */
  frameByFrame?: true;
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

/**
 * One audit of one page (all its reachable frames). `Axe` is how axe's raw results are held: the
 * results object in exports, the CLI's files and this schema; packed inside the extension (see
 * StoredPageAudit).
 */
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
  /** `locale`: older audits only, the language their finding titles were written in. */
  engines: { axeCore: string; dotbogi: string; locale?: string };
  viewport: Viewport;
  /**
   * axe's raw results for the whole page, exactly as `axe.finishRun` returned them from every
   * frame's `axe.runPartial` (the same as `axe.run` with `iframes: true`), except that page text is
   * redacted. null when axe could not run in the top frame.
   */
  axe: Axe | null;
  frames: FrameInfo[];
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
 * A PageAudit as the extension stores and sends it: axe's raw results packed
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

/** What the audit runner in one frame answers (utils/audit/frame-protocol.ts), before the background assembles a PageAudit. */
export interface FrameRun {
  url: string;
  title: string;
  viewport: Viewport;
  axeVersion: string;
  /**
   * axe.runPartial ran here: the (redacted) selectors of the frames its partial result lists, in
   * its order — the child frames whose partial results follow it. null when axe did not run here
   * (checks only, or it failed: axeError). The partial result itself travels apart, as JSON text.
   */
  axeFrames: unknown[][] | null;
  /** The top frame of a page without frames for axe: axe.run's results for the page (redacted; slim = without passed nodes). */
  pageAxe?: { slim: AxeResults; packed: PackedAxe };
  axeError: string | null;
  /**
   * Template signatures of the elements axe's partial results show failing or needing review, by
   * targetKey of their (redacted) within-frame selector; nodes that only fail after
   * axe.finishRun are asked for afterwards (FrameRunner.signatures).
   */
  signatures: Record<string, string>;
  checks: CheckRun[];
  facts: PageFacts;
  /** Why Dotbogi's own part failed in this frame, if it did. */
  error: string | null;
}

/** One Dotbogi check's result in one frame. */
export interface CheckRun {
  id: string;
  outcome: RuleOutcome;
  confidence: Confidence;
  nodes: { target: string[]; snippet: string; message: string; templateSignature: string; evidence?: Evidence; confidence?: Confidence }[];
  /** A one-line measurement, e.g. "38% of text under 16 px"; redacted. */
  summary: string;
  /** Why the check decided as it did, for the frame as a whole; redacted. */
  evidence: Evidence[];
}

/** What `audit:run` returns. */
export type AuditRunResult = StoredPageAudit;
