import frictionRules from './friction.json' with { type: 'json' };
import { signalIsOn } from './friction-signals.ts';
import { recommendationFor } from './recommendations.ts';
import { score } from './ranking.ts';
import { PERSONAS, type Finding, type Journey, type KwcagMatrixRow, type StoredPageAudit } from '../audit/types.ts';
import type {
  CoverageStatement,
  FrictionSignal,
  PersonaSummary,
  PrincipleRow,
  Report,
  ReportFinding,
  ReportStep,
  StepFriction,
  TopChange,
  WcagRow,
} from './types.ts';

export interface BuildOptions {
  /** Opt-in friction signals from overlay users; matched to steps by URL (without query/hash). */
  signals?: readonly FrictionSignal[];
}

/** A single page audit, or a journey with its page audits in visit order. */
export type ReportSource = { kind: 'page'; audit: StoredPageAudit } | { kind: 'journey'; journey: Journey; pages: StoredPageAudit[] };

const TOP_CHANGES = 5;
const PRINCIPLES = ['1', '2', '3', '4'];

/** Pages merged, or findings scored, between two pauses when building in slices: well under a frame's budget each. */
const PAGES_PER_SLICE = 20;
const FINDINGS_PER_SLICE = 500;

/**
 * Turns one page audit or one journey into the report every view and export reads.
 * Pure: the same input gives the same report.
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
    slicing.onProgress?.(next.value, pagesOf(source).length);
    await pause();
    next = steps.next();
  }
  return next.value;
}

function pagesOf(source: ReportSource): StoredPageAudit[] {
  return source.kind === 'page' ? [source.audit] : source.pages;
}

/** Yields the number of pages merged so far at each pause. */
function* reportSteps(source: ReportSource, options: BuildOptions): Generator<number, Report, void> {
  const pages = pagesOf(source);
  const merged = new Map<string, ReportFinding>();
  for (let step = 0; step < pages.length; step++) {
    addPage(merged, pages[step]!, step);
    if ((step + 1) % PAGES_PER_SLICE === 0) yield step + 1;
  }
  if (source.kind === 'journey') addJourneyFindings(merged, source.journey.findings);
  const findings = [...merged.values()];
  for (let from = 0; from < findings.length; from += FINDINGS_PER_SLICE) {
    scoreFindings(findings.slice(from, from + FINDINGS_PER_SLICE), pages.length);
    yield pages.length;
  }
  sortByRank(findings);
  const idsByStep = new Map<number, string[]>();
  for (const finding of findings) {
    for (const step of new Set(finding.occurrences.map((occurrence) => occurrence.step))) {
      const ids = idsByStep.get(step);
      if (ids) ids.push(finding.id);
      else idsByStep.set(step, [finding.id]);
    }
  }
  const matrix =
    source.kind === 'journey' && source.journey.kwcag.length > 0 ? source.journey.kwcag : combineMatrices(pages.map((page) => page.kwcag));
  const findingsPerItem = new Map<string, number>();
  for (const finding of findings) for (const item of finding.kwcag) findingsPerItem.set(item, (findingsPerItem.get(item) ?? 0) + 1);
  yield pages.length;
  const steps = pages.map((page, index) => stepOf(page, index, idsByStep.get(index) ?? [], options.signals ?? []));
  const personas = personaSummary(findings);
  const changes = topChanges(findings);
  yield pages.length;
  const principles = byPrinciple(findings);
  const wcag = wcagSummary(findings);
  yield pages.length;
  return {
    kind: source.kind,
    id: source.kind === 'page' ? source.audit.id : source.journey.id,
    name: source.kind === 'page' ? source.audit.title || source.audit.url : source.journey.name,
    steps,
    findings,
    personas,
    topChanges: changes,
    byPrinciple: principles,
    kwcag: matrix.map((row) => ({ ...row, findings: findingsPerItem.get(row.item) ?? 0 })),
    wcag,
    coverage: coverage(pages),
  };
}

function addPage(merged: Map<string, ReportFinding>, page: StoredPageAudit, step: number) {
  for (const finding of page.findings) {
    const existing = merged.get(finding.id);
    if (existing) {
      existing.occurrences.push({ step, url: page.url, nodes: finding.nodes });
      existing.instances += finding.nodes.length;
      if (finding.outcome === 'failed') existing.outcome = 'failed';
    } else {
      merged.set(finding.id, fresh(finding, step, page.url, false));
    }
  }
}

function addJourneyFindings(merged: Map<string, ReportFinding>, findings: readonly Finding[]) {
  for (const finding of findings) if (!merged.has(finding.id)) merged.set(finding.id, fresh(finding, 0, '', true));
}

function scoreFindings(list: readonly ReportFinding[], totalPages: number) {
  for (const finding of list) {
    finding.score = score({
      severity: finding.severity,
      outcome: finding.outcome,
      personas: finding.personas,
      pages: finding.journeyWide ? totalPages : new Set(finding.occurrences.map((occurrence) => occurrence.step)).size,
      totalPages,
      instances: Math.max(1, finding.instances),
      firstStep: finding.firstStep,
      totalSteps: totalPages,
    });
  }
}

function sortByRank(list: ReportFinding[]): ReportFinding[] {
  return list.sort((a, b) => b.score - a.score || byCodePoint(a.ruleId, b.ruleId) || byCodePoint(a.id, b.id));
}

function fresh(finding: Finding, step: number, url: string, journeyWide: boolean): ReportFinding {
  return {
    id: finding.id,
    ruleId: finding.ruleId,
    source: finding.source,
    outcome: finding.outcome,
    severity: finding.severity,
    personas: [...finding.personas],
    kwcag: [...finding.kwcag],
    wcag: [...finding.wcag],
    title: finding.title,
    description: finding.description,
    recommendation: recommendationFor(finding.ruleId),
    occurrences: journeyWide ? [] : [{ step, url, nodes: finding.nodes }],
    journeyWide,
    instances: finding.nodes.length,
    firstStep: step,
    score: 0,
  };
}

function stepOf(page: StoredPageAudit, index: number, findingIds: string[], signals: readonly FrictionSignal[]): ReportStep {
  return {
    index,
    url: page.url,
    title: page.title,
    time: page.startedAt,
    failed: page.findings.filter((finding) => finding.outcome === 'failed').length,
    review: page.findings.filter((finding) => finding.outcome === 'needs-review').length,
    findingIds,
    friction: frictionOf(page),
    signals: signals.filter((signal) => signalIsOn(signal, page.url)),
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

function personaSummary(findings: readonly ReportFinding[]): PersonaSummary[] {
  return PERSONAS.map((persona) => {
    const hurt = findings.filter((finding) => finding.personas.includes(persona));
    return { persona, score: round(hurt.reduce((sum, finding) => sum + finding.score, 0)), findings: hurt.length };
  }).sort((a, b) => b.score - a.score || PERSONAS.indexOf(a.persona) - PERSONAS.indexOf(b.persona));
}

/** Findings sharing a recommendation are one change: their scores add up. */
function topChanges(findings: readonly ReportFinding[]): TopChange[] {
  const changes = new Map<string, TopChange>();
  for (const finding of findings) {
    const key = finding.recommendation.text;
    const change = changes.get(key) ?? { recommendation: finding.recommendation, score: 0, ruleIds: [], findings: 0 };
    change.score += finding.score;
    change.findings += 1;
    if (!change.ruleIds.includes(finding.ruleId)) change.ruleIds.push(finding.ruleId);
    changes.set(key, change);
  }
  return [...changes.values()]
    .map((change) => ({ ...change, score: round(change.score) }))
    .sort((a, b) => b.score - a.score || byCodePoint(a.recommendation.text, b.recommendation.text))
    .slice(0, TOP_CHANGES);
}

function byPrinciple(findings: readonly ReportFinding[]): PrincipleRow[] {
  const rows = [...PRINCIPLES, 'other'].map((principle) => ({ principle, failed: 0, review: 0 }));
  for (const finding of findings) {
    const principles = new Set(finding.kwcag.map((item) => item.split('.')[0]!).filter((p) => PRINCIPLES.includes(p)));
    if (principles.size === 0) principles.add('other');
    for (const principle of principles) {
      const row = rows.find((candidate) => candidate.principle === principle)!;
      if (finding.outcome === 'failed') row.failed += 1;
      else row.review += 1;
    }
  }
  return rows;
}

const STATUS_ORDER: KwcagMatrixRow['status'][] = ['fail', 'needs-review', 'automated-pass', 'manual-only'];

/** A journey still being recorded has no journey matrix yet: the worst status over its pages. */
export function combineMatrices(matrices: readonly KwcagMatrixRow[][]): KwcagMatrixRow[] {
  const rows = new Map<string, KwcagMatrixRow>();
  for (const matrix of matrices) {
    for (const row of matrix) {
      const existing = rows.get(row.item);
      if (!existing) rows.set(row.item, { ...row, rules: [...row.rules] });
      else {
        if (STATUS_ORDER.indexOf(row.status) < STATUS_ORDER.indexOf(existing.status)) existing.status = row.status;
        for (const rule of row.rules) if (!existing.rules.includes(rule)) existing.rules.push(rule);
      }
    }
  }
  return [...rows.values()];
}

function wcagSummary(findings: readonly ReportFinding[]): WcagRow[] {
  const rows = new Map<string, WcagRow>();
  for (const finding of findings) {
    for (const criterion of finding.wcag) {
      const row = rows.get(criterion) ?? { criterion, failed: 0, review: 0 };
      if (finding.outcome === 'failed') row.failed += 1;
      else row.review += 1;
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
  const engines = new Map<string, StoredPageAudit['engines']>();
  for (const page of pages) engines.set(JSON.stringify(page.engines), page.engines);
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
    skipped: pages.flatMap((page) => page.coverage.framesSkipped.map((skip) => ({ page: page.url, ...skip }))),
    errors: pages.flatMap((page) => page.coverage.errors.map((error) => ({ page: page.url, ...error }))),
    manualOnly: [...new Set(pages.flatMap((page) => page.coverage.manualOnly))].sort(compareNumbering),
    notTested: [...new Set(pages.flatMap((page) => page.coverage.notTested))],
  };
}

/** A stable tie-break that needs no locale data (ids are ASCII). */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
