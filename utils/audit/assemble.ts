/**
 * Turns what the frames returned into a PageAudit (schema in types.ts / SCHEMA.md). Pure: the
 * background calls it, tests call it with fixtures. axe's raw results are carried over untouched
 * (packed); rules, findings and the KWCAG matrix are derived views of them (from `axeRules`).
 */
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import { CHECKS } from './check-registry';
import { confidenceOf, leastSure } from './confidence';
import type { PackedAxe } from './types';
import { kwcagMatrix, manualOnlyItems } from './kwcag-matrix';
import { kwcagForAxeRule, personasForAxeTags, wcagFromTags } from './rule-map';
import { stableFindingId } from './stable-id';
import { targetKey } from './target-key';
import { placeTarget } from './frame-tree';
import {
  SCHEMA_VERSION,
  type Confidence,
  type Finding,
  type FindingNode,
  type FrameRun,
  type RuleOutcome,
  type RuleRun,
  type Severity,
  type SkippedFrame,
  type StoredPageAudit,
} from './types';

export interface FrameResult {
  frameId: number;
  /** Where the frame sits (FrameInfo.path). */
  path: number[] | null;
  run: FrameRun;
  /** The selectors axe puts before this frame's nodes' own targets (frame-tree.ts orderPartials), or null when its partial result was not part of the page's. */
  chain: unknown[] | null;
}

export interface AssembleInput {
  id: string;
  journeyId: string | null;
  startedAt: number;
  finishedAt: number;
  dotbogiVersion: string;
  frames: FrameResult[];
  /** axe.finishRun's results for the page: without passed nodes (slim), and complete, packed. */
  axe: { slim: AxeResults; packed: PackedAxe } | null;
  skipped: SkippedFrame[];
  /** Errors beyond the frames' own (axe could not run in a frame, or could not finish). */
  errors?: { frame: string; message: string }[];
}

const RANK: Record<RuleOutcome, number> = { failed: 3, 'needs-review': 2, passed: 1, inapplicable: 0 };
const BUCKETS: [keyof Pick<AxeResults, 'violations' | 'incomplete' | 'passes' | 'inapplicable'>, RuleOutcome][] = [
  ['violations', 'failed'],
  ['incomplete', 'needs-review'],
  ['passes', 'passed'],
  ['inapplicable', 'inapplicable'],
];

export function assemblePageAudit(input: AssembleInput): StoredPageAudit {
  const frames = [...input.frames].sort((a, b) => a.frameId - b.frameId);
  const top = frames.find((frame) => frame.frameId === 0) ?? frames[0];
  const rules = new Map<string, RuleRun>();
  const findings = new Map<string, Finding>();
  const addRun = (run: Omit<RuleRun, 'frames' | 'outcome'>, frame: number, outcome: RuleOutcome) => {
    const known = rules.get(run.ruleId) ?? { ...run, outcome, frames: [] };
    known.frames.push({ frame, outcome });
    if (RANK[outcome] > RANK[known.outcome]) known.outcome = outcome;
    rules.set(run.ruleId, known);
  };
  // axe decides a rule's outcome once for the page (a rule with failed and passed nodes is in both
  // buckets: the page's outcome is the worse); its frames are those holding its failed or review nodes.
  const addPageRun = (run: Omit<RuleRun, 'frames' | 'outcome'>, outcome: RuleOutcome) => {
    const known = rules.get(run.ruleId) ?? { ...run, outcome, frames: [] };
    if (RANK[outcome] > RANK[known.outcome]) known.outcome = outcome;
    rules.set(run.ruleId, known);
  };
  const addFrameOutcome = (ruleId: string, frame: number, outcome: RuleOutcome) => {
    const known = rules.get(ruleId)!;
    const entry = known.frames.find((item) => item.frame === frame);
    if (!entry) known.frames.push({ frame, outcome });
    else if (RANK[outcome] > RANK[entry.outcome]) entry.outcome = outcome;
  };
  const addNode = (base: Omit<Finding, 'id' | 'nodes'>, node: FindingNode) => {
    const idRule = base.outcome === 'failed' ? base.ruleId : `${base.ruleId}#review`;
    const id = stableFindingId(idRule, node.target, node.templateSignature);
    const known = findings.get(id) ?? { id, ...base, nodes: [] };
    known.confidence = leastSure([known.confidence, base.confidence]);
    known.nodes.push(node);
    findings.set(id, known);
  };

  if (input.axe) {
    for (const [bucket, outcome] of BUCKETS) {
      for (const rule of input.axe.slim[bucket]) {
        const mapped = {
          ruleId: rule.id,
          source: 'axe' as const,
          kwcag: kwcagForAxeRule(rule.id, rule.tags),
          wcag: wcagFromTags(rule.tags),
        };
        addPageRun(mapped, outcome);
        if (outcome !== 'failed' && outcome !== 'needs-review') continue;
        const base = {
          ...mapped,
          outcome,
          // No rule text: reports show Dotbogi's own, by rule id, in the reader's language (rule-text.ts).
          helpUrl: rule.helpUrl,
          personas: personasForAxeTags(rule.tags),
          severity: severityOf(rule),
          confidence: outcome === 'failed' ? ('certain' as const) : ('needs-person' as const),
          evidence: [],
        };
        for (const node of rule.nodes) {
          // axe's target starts with the selectors of the frames the node is in: split them off.
          const placed = placeTarget(node.target as unknown[], frames);
          const frame = placed ? frames.indexOf(placed.frame) : 0;
          // One entry per shadow boundary within the frame (axe nests a shadow path in an array).
          const target = (placed?.target ?? (node.target as unknown[])).flat().map(String);
          addFrameOutcome(rule.id, frame, outcome);
          const message = node.failureSummary ?? [...node.any, ...node.all, ...node.none].map((check) => check.message).join(' ');
          addNode(base, {
            target,
            frame,
            snippet: node.html,
            message,
            templateSignature: placed ? (placed.frame.run.signatures[targetKey(placed.target)] ?? '') : '',
          });
        }
      }
    }
  }

  frames.forEach(({ run }, frame) => {
    for (const check of run.checks) {
      const meta = CHECKS.find((known) => known.meta.id === check.id)?.meta;
      if (!meta) continue;
      const mapped = { ruleId: meta.id, source: 'dotbogi' as const, kwcag: meta.kwcag, wcag: meta.wcag };
      addRun(mapped, frame, check.outcome);
      if (check.outcome !== 'failed' && check.outcome !== 'needs-review') continue;
      const base = {
        ...mapped,
        outcome: check.outcome,
        personas: meta.personas,
        severity: meta.severity,
        evidence: check.evidence,
      };
      // An element's own confidence (a gap, a word) before the run's, before the check's.
      const sure = (confidence?: Confidence) => confidenceOf(check.outcome, confidence ?? check.confidence, [], meta.confidence);
      if (check.nodes.length === 0)
        addNode({ ...base, confidence: sure() }, { target: [], frame, snippet: '', message: check.summary, templateSignature: '' });
      for (const { confidence, ...node } of check.nodes) addNode({ ...base, confidence: sure(confidence) }, { ...node, frame });
    }
  });

  const ruleList = [...rules.values()];
  for (const rule of ruleList) rule.frames.sort((a, b) => a.frame - b.frame);
  const errors = [
    ...frames.filter(({ run }) => run.error).map(({ run }) => ({ frame: run.url, message: run.error! })),
    ...(input.errors ?? []),
  ];
  const viewport = top?.run.viewport ?? { width: 0, height: 0, devicePixelRatio: 1, kind: 'desktop' as const };
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    journeyId: input.journeyId,
    url: top?.run.url ?? '',
    title: top?.run.title ?? '',
    startedAt: new Date(input.startedAt).toISOString(),
    finishedAt: new Date(input.finishedAt).toISOString(),
    durationMs: input.finishedAt - input.startedAt,
    status: errors.length > 0 || input.skipped.length > 0 || !input.axe ? 'partial' : 'complete',
    engines: {
      axeCore: input.axe?.slim.testEngine.version ?? top?.run.axeVersion ?? '',
      dotbogi: input.dotbogiVersion,
    },
    viewport,
    axe: input.axe?.packed ?? null,
    frames: frames.map(({ frameId, path, run }) => ({ frameId, url: run.url, title: run.title, path, error: run.error })),
    rules: ruleList,
    findings: rankFindings([...findings.values()]),
    kwcag: kwcagMatrix(ruleList),
    coverage: {
      framesAudited: frames.filter(({ run }) => !run.error && !run.axeError).length,
      framesSkipped: input.skipped,
      errors,
      manualOnly: manualOnlyItems(),
    },
    facts: top?.run.facts ?? { help: [], fields: [] },
  };
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, serious: 1, moderate: 2, minor: 3 };

function severityOf(rule: Result): Severity {
  const impacts = [rule.impact, ...rule.nodes.map((node) => node.impact)].filter((impact): impact is ImpactValue => Boolean(impact));
  const ranked = impacts.sort((a, b) => SEVERITY_RANK[a as Severity] - SEVERITY_RANK[b as Severity]);
  return (ranked[0] as Severity | undefined) ?? 'moderate';
}

/** Failures before reviews, then by severity, then by how many people groups are hurt. */
function rankFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      RANK[b.outcome] - RANK[a.outcome] || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.personas.length - a.personas.length,
  );
}
