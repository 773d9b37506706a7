import type { Finding, FindingNode, KwcagStatus, Persona, Severity } from '../audit/types.ts';

/** The KRDS component, pattern or style a recommendation points to. */
export interface KrdsRef {
  kind: 'component' | 'pattern' | 'style';
  en: string;
  ko: string;
}

export interface Recommendation {
  /** Key under `rec.` in the report namespace. */
  text: string;
  krds: KrdsRef | null;
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

/** Where one merged finding occurs. */
export interface Occurrence {
  /** 0-based journey step. */
  step: number;
  url: string;
  nodes: FindingNode[];
}

/** One finding merged across pages by its stable id. */
export interface ReportFinding {
  id: string;
  ruleId: string;
  source: Finding['source'];
  outcome: Finding['outcome'];
  severity: Severity;
  personas: Persona[];
  kwcag: string[];
  wcag: string[];
  title: string;
  description: string;
  recommendation: Recommendation;
  occurrences: Occurrence[];
  /** A journey-level finding (consistent help, redundant entry): it belongs to the whole task. */
  journeyWide: boolean;
  instances: number;
  firstStep: number;
  score: number;
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
  title: string;
  time: string;
  failed: number;
  review: number;
  findingIds: string[];
  friction: StepFriction;
  /** Real users' opt-in friction signals on this page. */
  signals: FrictionSignal[];
}

export interface PersonaSummary {
  persona: Persona;
  score: number;
  findings: number;
}

export interface TopChange {
  recommendation: Recommendation;
  score: number;
  ruleIds: string[];
  findings: number;
}

export interface KwcagRow {
  item: string;
  clause: string;
  status: KwcagStatus;
  rules: string[];
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
  engines: { axeCore: string; dotbogi: string; locale: string }[];
  skipped: { page: string; url: string; reason: string }[];
  errors: { page: string; frame: string; message: string }[];
  /** KWCAG items no automated rule covers: a person must check them. */
  manualOnly: string[];
  notTested: string[];
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
  /** Ranked, highest score first. */
  findings: ReportFinding[];
  personas: PersonaSummary[];
  topChanges: TopChange[];
  byPrinciple: PrincipleRow[];
  kwcag: KwcagRow[];
  wcag: WcagRow[];
  coverage: CoverageStatement;
}

export interface Comparison {
  fixed: ReportFinding[];
  added: ReportFinding[];
  persisting: { before: ReportFinding; after: ReportFinding }[];
}
