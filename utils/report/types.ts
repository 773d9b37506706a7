import type { AuditProblem } from '../audit/problem.ts';
import type {
  Confidence,
  Evidence,
  EvidenceField,
  Finding,
  FindingNode,
  FrameSkipKind,
  Persona,
  Severity,
  Viewport,
} from '../audit/types.ts';

/**
 * The report model every view and export reads (utils/report/build-report.ts makes it).
 *
 * Counting, the same in every view and export (utils/report/counting.ts, README of the report):
 * - a *finding* is one rule (axe's or Dotbogi's) failing on one page;
 * - its *places* are the elements where it fails;
 * - *확인 필요* (needs review) counts the same way, separately: one rule a person must check on one page.
 */

/** Who acts on a change. */
export const ROLES = ['design', 'dev', 'content', 'policy'] as const;
export type Role = (typeof ROLES)[number];

/** The KRDS component, pattern or style a recommendation points to, and the KRDS section it is in. */
export interface KrdsRef {
  kind: 'component' | 'pattern' | 'style';
  en: string;
  ko: string;
  section: { en: string; ko: string };
}

export interface Recommendation {
  /** Key under `rec.` in the report namespace: what to change, in words. */
  text: string;
  /** Whether `text` is a change to the service itself (the process, the policy), not only to the markup. */
  service: boolean;
  /** The markup change, as code (the same in every language). */
  markup: string | null;
  krds: KrdsRef | null;
  /** Who acts: design, development, content, policy. */
  roles: Role[];
}

/** What overlay users' opt-in friction runs say about one guide step. */
export type FrictionSignalKind = 'stuck' | 'notFound' | 'abandoned';

/**
 * An opt-in, anonymous friction signal from overlay users, counted over guide runs on this device
 * (utils/report/friction-signals.ts): in how many runs people pressed "막혔어요", the guide could not
 * find the step's element, or gave up, at one guide step. `where` is that step's page (host and
 * path globs of the guide), which places the signal on the journey's pages.
 */
export interface FrictionSignal {
  where: { host?: string; path?: string };
  guideId: string;
  stepId: string;
  kind: FrictionSignalKind;
  count: number;
}

/**
 * How badly a finding stops people (RANKING.md): 막힘 a person cannot finish the step; 어려움 a
 * critical or serious failure; 불편 a moderate or minor one; 확인 필요 a person must check it.
 */
export const LEVELS = ['blocker', 'hard', 'minor', 'review'] as const;
export type Level = (typeof LEVELS)[number];
/** The levels of failed findings (확인 필요 is counted apart). */
export type FailLevel = Exclude<Level, 'review'>;
export type LevelCounts = Record<FailLevel, number>;

/** One element where a rule fails (or needs review) on one step. */
export interface Place {
  /** 0-based journey step. */
  step: number;
  url: string;
  outcome: Finding['outcome'];
  /** The audit's stable id of the component (rule + template) this place sits in. */
  componentId: string;
  node: FindingNode;
  /** This element stops a person on this step (RANKING.md: blockers). */
  blocks: boolean;
}

/** A check's evidence over a report, bounded (the places hold each element's own). */
export interface RuleEvidence {
  /** Measured values against their thresholds, distinct; shown with measuredLine(m, t) ("5.1 mm < 6 mm"). */
  measured: NonNullable<Evidence['measured']>[];
  /** Words on the page the check matched (redacted). */
  matched: string[];
  /** Two fields judged to ask the same thing. */
  same: [EvidenceField, EvidenceField][];
}

/** A rule's places on one step. */
export interface StepPlaces {
  step: number;
  url: string;
  /** Failed places (elements) on this step; 0 when the rule only needs review here. */
  places: number;
  reviewPlaces: number;
  /** How badly it stops people on this step: 'review' when it only needs review here. */
  level: Level;
}

/** A component (template) a rule fails in: what before/after comparisons match. */
export interface ComponentPlaces {
  id: string;
  /** The template signature of its first element ("main>form>input[type=text]"), or "" for a page-level check. */
  signature: string;
  steps: number[];
  places: number;
  reviewPlaces: number;
}

/** One rule over the whole report: one card, however many pages and components it touches. */
export interface ReportRule {
  /** The rule id: unique within a report. */
  id: string;
  ruleId: string;
  source: Finding['source'];
  /** 'failed' when it fails on any page, else 'needs-review'. */
  outcome: Finding['outcome'];
  level: Level;
  /** The worst severity among its failures (or its reviews, when it never fails). */
  severity: Severity;
  personas: Persona[];
  kwcag: string[];
  wcag: string[];
  /** What a person reads about the rule is Dotbogi's own text in the reader's language: ruleText(t, ruleId). axe's page, a reference. */
  helpUrl?: string;
  recommendation: Recommendation;
  /** Failed findings: pages (steps) where it fails. */
  findings: number;
  /** Findings by level: one page can be a blocker while another is only hard. */
  byLevel: LevelCounts;
  /** Failed places (elements), summed over pages. */
  places: number;
  /** 확인 필요 findings (pages where a person must check it) and their places. */
  reviewFindings: number;
  reviewPlaces: number;
  /** Per step, in step order. */
  steps: StepPlaces[];
  /** Steps where it stops a person. */
  blockerSteps: number[];
  components: ComponentPlaces[];
  /** Every place, in step order (the full list: the card's disclosure and the CSV). */
  allPlaces: Place[];
  /** 2–3 places to show first: different steps, blockers first. */
  examples: Place[];
  /** How sure the audit is of it: the least sure of its findings (utils/audit/confidence.ts). */
  confidence: Confidence;
  /** Why Dotbogi's check fired, over all its places: what it measured, the words it matched, the fields it judged the same. */
  evidence: RuleEvidence;
  /** A journey-level rule (consistent help, redundant entry): it compares pages. */
  journeyWide: boolean;
  firstStep: number;
  /** 1-based position in the ranking (RANKING.md). */
  rank: number;
}

export interface StepFriction {
  timeLimits: number;
  newWindows: number;
  installs: number;
  authentication: number;
  /** Form fields on the page (from the audit's page facts). */
  fields: number;
}

export interface ReportStep {
  index: number;
  url: string;
  /** What people call this step: its heading or the part of its title that is not the site's name. */
  name: string;
  title: string;
  time: string;
  /** 'not-audited': the step could not be audited (`reason` says why); its numbers are not zeros but unknown. */
  status: 'complete' | 'partial' | 'not-audited';
  reason: string;
  /** Why a step could not be shown, as data (deleted, missing, unreadable schema): worded by stepProblemText, not `reason`. */
  problem?: AuditProblem;
  findings: number;
  places: number;
  reviewFindings: number;
  reviewPlaces: number;
  byLevel: LevelCounts;
  /** Rules on this step, in rank order. */
  ruleIds: string[];
  friction: StepFriction;
  /** Real users' opt-in friction signals on this page. */
  signals: FrictionSignal[];
}

/** The numbers every view, export and the CLI state (counting.ts). */
export interface Counts {
  pages: number;
  notAudited: number;
  findings: number;
  places: number;
  reviewFindings: number;
  reviewPlaces: number;
  /** Rules with a failure (cards that are not only 확인 필요). */
  rules: number;
  reviewRules: number;
  byLevel: LevelCounts;
}

/** "고령자: 막힘 3건, 어려움 12건 — 2·3단계": who is hurt, in findings by level, and where they stop. */
export interface PersonaSummary {
  persona: Persona;
  byLevel: LevelCounts;
  findings: number;
  reviewFindings: number;
  /** Steps where this group is stopped (0-based). */
  blockerSteps: number[];
}

/** One change that helps most: the rules that share a recommendation, ranked by their best rule. */
export interface TopChange {
  recommendation: Recommendation;
  ruleIds: string[];
  findings: number;
  byLevel: LevelCounts;
}

/** 적합 / 부적합 / 해당없음 / 확인 필요 (KWCAG.md: never a pass that a tool cannot decide). */
export type CertStatus = 'pass' | 'fail' | 'not-applicable' | 'review';

export interface CertCell {
  status: CertStatus;
  /** The rules and checks that decided it, with their outcome on that page. */
  evidence: { ruleId: string; outcome: 'failed' | 'passed' | 'needs-review' | 'inapplicable' }[];
  /** Why, when no rule decided it: the item always needs a person, or no rule ran. */
  why: 'decided' | 'manual-item' | 'partial-item' | 'not-run' | 'not-audited';
}

export interface CertRow {
  item: string;
  clause: string;
  automation: 'full' | 'partial' | 'manual';
  /** One cell per step. */
  cells: CertCell[];
  /** Over the whole report: its worst page. */
  status: CertStatus;
  /** Failed findings under this item (rule × page). */
  findings: number;
}

export interface WcagRow {
  criterion: string;
  failed: number;
  review: number;
}

export interface CoverageStatement {
  pages: number;
  framesAudited: number;
  rulesRun: number;
  rulesPassed: number;
  engines: { axeCore: string; dotbogi: string }[];
  /** Frames not audited, with the kind of reason (no permission, sandboxed, timed out …). */
  skipped: { page: string; url: string; reason: string; kind: FrameSkipKind }[];
  errors: { page: string; frame: string; message: string }[];
  /** KWCAG items no automated rule covers: a person must check them. */
  manualOnly: string[];
  /** The screen sizes the pages were audited at: only what was shown at them was tested (labels.notTested). */
  viewports: Pick<Viewport, 'width' | 'height' | 'kind'>[];
  /** Pages from schema 1 records, audited frame by frame (Coverage.frameByFrame). */
  frameByFrame: number;
}

export interface PrincipleRow {
  /** KWCAG principle "1"–"4", or "other" for best-practice findings with no item. */
  principle: string;
  failed: number;
  review: number;
}

export interface Report {
  kind: 'page' | 'journey';
  id: string;
  name: string;
  steps: ReportStep[];
  /** One per rule, ranked (RANKING.md). */
  rules: ReportRule[];
  counts: Counts;
  personas: PersonaSummary[];
  topChanges: TopChange[];
  byPrinciple: PrincipleRow[];
  /** The 품질인증 view: the 33 KWCAG items × the steps. */
  cert: CertRow[];
  wcag: WcagRow[];
  coverage: CoverageStatement;
}

/** Before/after of one rule (or one component, or one rule on one page). */
export type ChangeStatus = 'fixed' | 'improved' | 'remaining' | 'new';

export interface RuleChange {
  ruleId: string;
  status: ChangeStatus;
  /** The rule in each report (absent on the side where it does not fail). */
  before: ReportRule | null;
  after: ReportRule | null;
  /** Matched components with their own status. */
  components: { before: ComponentPlaces | null; after: ComponentPlaces | null; status: ChangeStatus }[];
}

export interface Comparison {
  /** Every rule that fails in either report, in the after report's rank order, then the fixed ones. */
  rules: RuleChange[];
  /** Rules per status. */
  counts: Record<ChangeStatus, number>;
  before: Counts;
  after: Counts;
  /**
   * Whether the two share a page (a step's name or its address's file name): false when two
   * unrelated journeys are compared, where 해결 and 새로 may only mean the pages differ.
   */
  related: boolean;
}
