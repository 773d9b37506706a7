import type { AuditProblem } from '../audit/problem.ts';
import frictionRules from './friction.json' with { type: 'json' };
import { certMatrix } from './cert.ts';
import { countRules } from './counting.ts';
import { signalIsOn } from './friction-signals.ts';
import { blocks, byCodePoint, compareRules, emptyLevels, personaSummary, severityLevel, topChanges } from './priority.ts';
import { recommendationFor } from './recommendations.ts';
import { stepNames } from './step-names.ts';
import { redact } from './redaction.ts';
import { measuredLine } from './words.ts';
import { leastSure } from '../audit/confidence.ts';
import { SEVERITIES, type Evidence, type Finding, type Journey, type Severity, type StoredPageAudit } from '../audit/types.ts';
import type {
  ComponentPlaces,
  CoverageStatement,
  FrictionSignal,
  Place,
  PrincipleRow,
  Report,
  ReportRule,
  ReportStep,
  StepFriction,
  StepPlaces,
  WcagRow,
} from './types.ts';

export interface BuildOptions {
  /** Opt-in friction signals from overlay users; matched to steps by URL (without query/hash). */
  signals?: readonly FrictionSignal[];
}

/** A journey step that could not be audited: shown as "검사하지 못함" with why, never as zero problems. */
export interface NotAudited {
  notAudited: true;
  url: string;
  reason: string;
  /** Why, as data (a deleted or missing record, an unreadable schema): shown in the reader's language instead of `reason`. */
  problem?: AuditProblem;
}

export type StepSource = StoredPageAudit | NotAudited;

/** A single page audit, or a journey with its page audits in visit order. */
export type ReportSource = { kind: 'page'; audit: StoredPageAudit } | { kind: 'journey'; journey: Journey; pages: StepSource[] };

const PRINCIPLES = ['1', '2', '3', '4'];
const EXAMPLES = 3;

/** Pages merged between two pauses when building in slices: well under a frame's budget each. */
const PAGES_PER_SLICE = 20;

/**
 * Turns one page audit or one journey into the report every view and export reads: one rule per
 * card, counted in findings (rule × page) and places (elements). Pure: the same input gives the
 * same report.
 */
export function buildReport(source: ReportSource, options: BuildOptions = {}): Report {
  const steps = reportSteps(source, options);
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

export interface Slicing {
  /** Waits between slices; a macrotask by default, so the page can paint and take input. */
  pause?: () => Promise<void>;
  /** Told how many pages are merged so far, after each slice (for a progress bar). */
  onProgress?: (pagesDone: number, pagesTotal: number) => void;
}

/**
 * The same report, built in slices with a pause between them, so a 500-page journey never
 * blocks the report page for long.
 */
export async function buildReportInSlices(source: ReportSource, options: BuildOptions = {}, slicing: Slicing = {}): Promise<Report> {
  const pause = slicing.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const steps = reportSteps(source, options);
  let next = steps.next();
  while (!next.done) {
    slicing.onProgress?.(next.value, stepsOf(source).length);
    await pause();
    next = steps.next();
  }
  return next.value;
}

export function stepsOf(source: ReportSource): StepSource[] {
  return source.kind === 'page' ? [source.audit] : source.pages;
}

/** The page audits of a source that could be audited, in step order. */
export function auditedPages(source: ReportSource): StoredPageAudit[] {
  return stepsOf(source).flatMap((step) => auditedPage(step) ?? []);
}

/** The page audit of a step, or null when the step could not be audited (missing, or no frame audited). */
export function auditedPage(step: StepSource): StoredPageAudit | null {
  if ('notAudited' in step) return null;
  return step.status === 'interrupted' && step.coverage.framesAudited === 0 ? null : step;
}

function notAuditedReason(step: StepSource): string {
  if ('notAudited' in step) return step.reason;
  return step.coverage.errors[0]?.message ?? step.status;
}

interface RuleBuild {
  rule: ReportRule;
  byStep: Map<number, Omit<StepPlaces, 'level'> & { blocks: boolean; severity: Severity }>;
  components: Map<string, ComponentPlaces>;
  severities: Severity[];
  confidences: Finding['confidence'][];
}

/** Yields the number of pages merged so far at each pause. */
function* reportSteps(source: ReportSource, options: BuildOptions): Generator<number, Report, void> {
  const sources = stepsOf(source);
  const pages = sources.map(auditedPage);
  const rules = new Map<string, RuleBuild>();
  for (let step = 0; step < sources.length; step++) {
    const page = pages[step];
    if (page) for (const finding of page.findings) addFinding(rules, finding, step, redact.url(page.url), false);
    if ((step + 1) % PAGES_PER_SLICE === 0) yield step + 1;
  }
  if (source.kind === 'journey') {
    for (const finding of source.journey.findings) {
      for (const node of finding.nodes)
        addFinding(rules, { ...finding, nodes: [node] }, journeyStep(node, sources), redact.url(node.target[0] ?? ''), true);
    }
  }
  const list = [...rules.values()].map(finishRule);
  list.sort(compareRules);
  list.forEach((rule, index) => (rule.rank = index + 1));
  yield sources.length;

  const names = stepNames(
    sources.map((step) => ({ url: redact.url(step.url), title: 'notAudited' in step ? '' : redact.text(step.title) })),
  );
  const steps = sources.map((step, index) => stepOf(step, pages[index] ?? null, index, names[index]!, list, options.signals ?? []));
  const cert = certMatrix(
    pages.map((audit) => ({ audit })),
    list,
  );
  yield sources.length;
  return {
    kind: source.kind,
    id: source.kind === 'page' ? source.audit.id : source.journey.id,
    name: redact.text(source.kind === 'page' ? source.audit.title || redact.url(source.audit.url) : source.journey.name),
    steps,
    rules: list,
    counts: countRules(list, sources.length, pages.filter((page) => !page).length),
    personas: personaSummary(list),
    topChanges: topChanges(list),
    byPrinciple: byPrinciple(list),
    cert,
    wcag: wcagSummary(list),
    coverage: coverage(pages.filter((page): page is StoredPageAudit => page !== null)),
  };
}

/** A journey check's place names its page: "2. …" in its message (1-based), or that page's address. */
function journeyStep(node: Finding['nodes'][number], sources: readonly StepSource[]): number {
  const numbered = /^(\d+)\. /.exec(node.message);
  if (numbered && Number(numbered[1]) >= 1 && Number(numbered[1]) <= sources.length) return Number(numbered[1]) - 1;
  const byUrl = sources.findIndex((step) => step.url === node.target[0]);
  return Math.max(0, byUrl);
}

function addFinding(rules: Map<string, RuleBuild>, finding: Finding, step: number, url: string, journeyWide: boolean) {
  let build = rules.get(finding.ruleId);
  if (!build) {
    build = {
      rule: {
        id: finding.ruleId,
        ruleId: finding.ruleId,
        source: finding.source,
        outcome: finding.outcome,
        level: 'review',
        severity: finding.severity,
        personas: [...finding.personas],
        kwcag: [...finding.kwcag],
        wcag: [...finding.wcag],
        ...(finding.helpUrl ? { helpUrl: finding.helpUrl } : {}),
        recommendation: recommendationFor(finding.ruleId),
        findings: 0,
        byLevel: emptyLevels(),
        places: 0,
        reviewFindings: 0,
        reviewPlaces: 0,
        steps: [],
        blockerSteps: [],
        components: [],
        allPlaces: [],
        examples: [],
        confidence: finding.confidence,
        evidence: { measured: [], matched: [], same: [] },
        journeyWide,
        firstStep: step,
        rank: 0,
      },
      byStep: new Map(),
      components: new Map(),
      severities: [],
      confidences: [],
    };
    rules.set(finding.ruleId, build);
  }
  const { rule } = build;
  if (finding.outcome === 'failed') rule.outcome = 'failed';
  build.confidences.push(finding.confidence);
  for (const evidence of finding.evidence ?? []) addEvidence(rule, redact.evidence(evidence));
  for (const persona of finding.personas) if (!rule.personas.includes(persona)) rule.personas.push(persona);
  const failed = finding.outcome === 'failed';
  const onStep = build.byStep.get(step) ?? { step, url, places: 0, reviewPlaces: 0, blocks: false, severity: finding.severity };
  const component = build.components.get(finding.id) ?? {
    id: finding.id,
    signature: finding.nodes[0]?.templateSignature ?? '',
    steps: [],
    places: 0,
    reviewPlaces: 0,
  };
  for (const raw of finding.nodes) {
    const node = redact.node(raw);
    if (node.evidence) addEvidence(rule, node.evidence);
    const place: Place = {
      step,
      url,
      outcome: finding.outcome,
      componentId: finding.id,
      node,
      blocks: failed && blocks(finding.ruleId, node),
    };
    rule.allPlaces.push(place);
    if (failed) {
      onStep.places++;
      component.places++;
      onStep.blocks ||= place.blocks;
      if (worse(finding.severity, onStep.severity) || onStep.places === 1) onStep.severity = finding.severity;
    } else {
      onStep.reviewPlaces++;
      component.reviewPlaces++;
    }
  }
  if (!component.steps.includes(step)) component.steps.push(step);
  build.byStep.set(step, onStep);
  build.components.set(finding.id, component);
  build.severities.push(finding.severity);
  rule.firstStep = Math.min(rule.firstStep, step);
}

const MEASURED = 6;
const MATCHED = 10;
const SAME = 5;

/** A check's evidence, gathered over its places: distinct values, bounded. */
function addEvidence(rule: ReportRule, evidence: Evidence) {
  const { measured, matched, same } = rule.evidence;
  if (evidence.measured && measured.length < MEASURED) {
    const line = measuredLine(evidence.measured);
    if (!measured.some((other) => measuredLine(other) === line)) measured.push(evidence.measured);
  }
  for (const word of evidence.matched ?? []) if (matched.length < MATCHED && !matched.includes(word)) matched.push(word);
  if (evidence.same && same.length < SAME) same.push(evidence.same);
}

function worse(a: Severity, b: Severity): boolean {
  return SEVERITIES.indexOf(a) < SEVERITIES.indexOf(b);
}

function finishRule(build: RuleBuild): ReportRule {
  const { rule } = build;
  const steps = [...build.byStep.values()].sort((a, b) => a.step - b.step);
  const failedSteps = steps.filter((step) => step.places > 0);
  rule.steps = steps.map(({ severity, blocks, ...step }) => ({
    ...step,
    level: step.places === 0 ? 'review' : blocks ? 'blocker' : severityLevel(severity),
  }));
  rule.findings = failedSteps.length;
  rule.places = failedSteps.reduce((sum, step) => sum + step.places, 0);
  rule.reviewFindings = steps.filter((step) => step.reviewPlaces > 0).length;
  rule.reviewPlaces = steps.reduce((sum, step) => sum + step.reviewPlaces, 0);
  for (const step of rule.steps) if (step.level !== 'review') rule.byLevel[step.level]++;
  rule.blockerSteps = failedSteps.filter((step) => step.blocks).map((step) => step.step);
  rule.level = rule.byLevel.blocker > 0 ? 'blocker' : rule.byLevel.hard > 0 ? 'hard' : rule.byLevel.minor > 0 ? 'minor' : 'review';
  rule.severity =
    (failedSteps.length > 0 ? failedSteps.map((step) => step.severity) : build.severities).reduce((a, b) => (worse(b, a) ? b : a)) ??
    rule.severity;
  rule.components = [...build.components.values()].sort((a, b) => (a.steps[0] ?? 0) - (b.steps[0] ?? 0) || byCodePoint(a.id, b.id));
  rule.allPlaces.sort((a, b) => a.step - b.step);
  rule.confidence = leastSure(build.confidences);
  rule.examples = examplesOf(rule.allPlaces);
  return rule;
}

/** 2–3 places to show first: failures before reviews, blockers first, each from another step or component where possible. */
function examplesOf(places: readonly Place[]): Place[] {
  const ordered = [...places].sort(
    (a, b) => Number(b.outcome === 'failed') - Number(a.outcome === 'failed') || Number(b.blocks) - Number(a.blocks) || a.step - b.step,
  );
  const chosen: Place[] = [];
  const seen = new Set<string>();
  for (const key of [(place: Place) => `${place.step}`, (place: Place) => `${place.step}|${place.componentId}`, () => '']) {
    for (const place of ordered) {
      if (chosen.length >= EXAMPLES) return chosen;
      if (chosen.includes(place) || (key(place) !== '' && seen.has(key(place)))) continue;
      chosen.push(place);
      seen.add(key(place));
    }
  }
  return chosen;
}

function stepOf(
  source: StepSource,
  page: StoredPageAudit | null,
  index: number,
  name: string,
  rules: readonly ReportRule[],
  signals: readonly FrictionSignal[],
): ReportStep {
  const onStep = rules.flatMap((rule) => {
    const entry = rule.steps.find((step) => step.step === index);
    return entry ? [{ rule, entry }] : [];
  });
  const byLevel = emptyLevels();
  for (const { entry } of onStep) if (entry.level !== 'review') byLevel[entry.level]++;
  return {
    index,
    url: redact.url(source.url),
    name,
    title: redact.text(page?.title ?? ''),
    time: page?.startedAt ?? '',
    status: page ? (page.status === 'complete' ? 'complete' : 'partial') : 'not-audited',
    reason: redact.text(page ? (page.status === 'complete' ? '' : (page.coverage.errors[0]?.message ?? '')) : notAuditedReason(source)),
    ...(!page && 'notAudited' in source && source.problem && { problem: source.problem }),
    findings: onStep.filter(({ entry }) => entry.places > 0).length,
    places: onStep.reduce((sum, { entry }) => sum + entry.places, 0),
    reviewFindings: onStep.filter(({ entry }) => entry.reviewPlaces > 0).length,
    reviewPlaces: onStep.reduce((sum, { entry }) => sum + entry.reviewPlaces, 0),
    byLevel,
    ruleIds: onStep.map(({ rule }) => rule.ruleId),
    friction: page ? frictionOf(page) : { timeLimits: 0, newWindows: 0, installs: 0, authentication: 0, fields: 0 },
    signals: signals.filter((signal) => signalIsOn(signal, source.url)),
  };
}

function frictionOf(page: StoredPageAudit): StepFriction {
  const count = (ids: readonly string[]) =>
    page.findings.filter((finding) => ids.includes(finding.ruleId)).reduce((sum, finding) => sum + Math.max(1, finding.nodes.length), 0);
  return {
    timeLimits: count(frictionRules.timeLimits),
    newWindows: count(frictionRules.newWindows),
    installs: count(frictionRules.installs),
    authentication: count(frictionRules.authentication),
    fields: page.facts.fields.length,
  };
}

function byPrinciple(rules: readonly ReportRule[]): PrincipleRow[] {
  const rows = [...PRINCIPLES, 'other'].map((principle) => ({ principle, failed: 0, review: 0 }));
  for (const rule of rules) {
    const principles = new Set(rule.kwcag.map((item) => item.split('.')[0]!).filter((p) => PRINCIPLES.includes(p)));
    if (principles.size === 0) principles.add('other');
    for (const principle of principles) {
      const row = rows.find((candidate) => candidate.principle === principle)!;
      row.failed += rule.findings;
      row.review += rule.reviewFindings;
    }
  }
  return rows;
}

function wcagSummary(rules: readonly ReportRule[]): WcagRow[] {
  const rows = new Map<string, WcagRow>();
  for (const rule of rules) {
    for (const criterion of rule.wcag) {
      const row = rows.get(criterion) ?? { criterion, failed: 0, review: 0 };
      row.failed += rule.findings;
      row.review += rule.reviewFindings;
      rows.set(criterion, row);
    }
  }
  return [...rows.values()].sort((a, b) => compareNumbering(a.criterion, b.criterion));
}

function compareNumbering(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function coverage(pages: readonly StoredPageAudit[]): CoverageStatement {
  const engines = new Map<string, CoverageStatement['engines'][number]>();
  for (const {
    engines: { axeCore, dotbogi },
  } of pages)
    engines.set(`${axeCore} ${dotbogi}`, { axeCore, dotbogi });
  const viewports = new Map<string, CoverageStatement['viewports'][number]>();
  for (const {
    viewport: { width, height, kind },
  } of pages)
    viewports.set(`${width}×${height} ${kind}`, { width, height, kind });
  const rulesRun = new Set<string>();
  const rulesNotPassed = new Set<string>();
  for (const page of pages) {
    for (const rule of page.rules) {
      if (rule.outcome === 'inapplicable') continue;
      rulesRun.add(rule.ruleId);
      if (rule.outcome !== 'passed') rulesNotPassed.add(rule.ruleId);
    }
  }
  return {
    pages: pages.length,
    framesAudited: pages.reduce((sum, page) => sum + page.coverage.framesAudited, 0),
    rulesRun: rulesRun.size,
    rulesPassed: [...rulesRun].filter((rule) => !rulesNotPassed.has(rule)).length,
    engines: [...engines.values()],
    skipped: pages.flatMap((page) =>
      page.coverage.framesSkipped.map((skip) => ({
        ...skip,
        page: redact.url(page.url),
        url: redact.url(skip.url),
        reason: redact.text(skip.reason),
      })),
    ),
    errors: pages.flatMap((page) =>
      page.coverage.errors.map((error) => ({
        page: redact.url(page.url),
        frame: redact.url(error.frame),
        message: redact.text(error.message),
      })),
    ),
    manualOnly: [...new Set(pages.flatMap((page) => page.coverage.manualOnly))].sort(compareNumbering),
    viewports: [...viewports.values()],
    frameByFrame: pages.filter((page) => page.coverage.frameByFrame).length,
  };
}
