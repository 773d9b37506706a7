/**
 * Priority in words people can act on (RANKING.md; ranking.test.ts checks its worked example):
 * every failed finding has a level — 막힘, 어려움, 불편 — and rules, people and changes are ranked
 * by those levels, blockers first. No summed scores.
 */
import blockers from './blockers.json' with { type: 'json' };
import { PERSONAS, SEVERITIES, type FindingNode, type Severity } from '../audit/types.ts';
import type { FailLevel, Level, LevelCounts, PersonaSummary, ReportRule, TopChange } from './types.ts';

const ALWAYS = new Set(blockers.always);
const ON_SUBMIT = new Set(blockers.submit);

/** Whether this failing element stops a person from finishing the step. */
export function blocks(ruleId: string, node: Pick<FindingNode, 'snippet' | 'templateSignature'>): boolean {
  if (ALWAYS.has(ruleId)) return true;
  return ON_SUBMIT.has(ruleId) && sendsForm(node);
}

/**
 * A control that sends the form: an `<input type=submit|image>`, a `<button type=submit>`, or a
 * `<button>` with no type inside a form (HTML makes that a submit button).
 */
export function sendsForm(node: Pick<FindingNode, 'snippet' | 'templateSignature'>): boolean {
  const parts = node.templateSignature.split('>');
  if (/^input\[type=(?:submit|image)\]$/.test(parts.at(-1) ?? '')) return true;
  const tag = /^<\s*(input|button)\b([^>]*)/i.exec(node.snippet.trimStart());
  if (!tag) return false;
  const type = /\btype\s*=\s*["']?([a-z]+)/i.exec(tag[2]!)?.[1]?.toLowerCase();
  if (tag[1]!.toLowerCase() === 'input') return type === 'submit' || type === 'image';
  return type === 'submit' || (type === undefined && parts.includes('form'));
}

/** The level of a failure that does not block: critical and serious are 어려움, the rest 불편. */
export function severityLevel(severity: Severity): Exclude<FailLevel, 'blocker'> {
  return severity === 'critical' || severity === 'serious' ? 'hard' : 'minor';
}

export const LEVEL_ORDER: Record<Level, number> = { blocker: 0, hard: 1, minor: 2, review: 3 };
const SEVERITY_ORDER = Object.fromEntries(SEVERITIES.map((severity, index) => [severity, index])) as Record<Severity, number>;

export function emptyLevels(): LevelCounts {
  return { blocker: 0, hard: 0, minor: 0 };
}

/**
 * The ranking rule, shown in the report: level (막힘 → 어려움 → 불편 → 확인 필요); then the earliest
 * step (a barrier on step 1 stops everyone after it); then severity; then how many groups of
 * people it hurts; then on how many pages, then in how many places; then the rule id.
 */
export function compareRules(a: ReportRule, b: ReportRule): number {
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    a.firstStep - b.firstStep ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    b.personas.length - a.personas.length ||
    b.findings - a.findings ||
    b.reviewFindings - a.reviewFindings ||
    b.places - a.places ||
    byCodePoint(a.ruleId, b.ruleId)
  );
}

/** For each group of people: findings that hurt them, by level, and the steps where they stop. */
export function personaSummary(rules: readonly ReportRule[]): PersonaSummary[] {
  return PERSONAS.map((persona) => {
    const hurt = rules.filter((rule) => rule.personas.includes(persona));
    const byLevel = emptyLevels();
    for (const rule of hurt) for (const level of FAIL_LEVELS) byLevel[level] += rule.byLevel[level];
    return {
      persona,
      byLevel,
      findings: hurt.reduce((sum, rule) => sum + rule.findings, 0),
      reviewFindings: hurt.reduce((sum, rule) => sum + rule.reviewFindings, 0),
      blockerSteps: [...new Set(hurt.flatMap((rule) => rule.blockerSteps))].sort((x, y) => x - y),
    };
  }).sort(
    (a, b) =>
      b.byLevel.blocker - a.byLevel.blocker ||
      b.byLevel.hard - a.byLevel.hard ||
      b.byLevel.minor - a.byLevel.minor ||
      b.reviewFindings - a.reviewFindings ||
      PERSONAS.indexOf(a.persona) - PERSONAS.indexOf(b.persona),
  );
}

const FAIL_LEVELS: FailLevel[] = ['blocker', 'hard', 'minor'];
const TOP_CHANGES = 5;

/**
 * "The five changes that help most": rules that share a recommendation are one change, ranked by
 * the best-ranked rule among them, then by how many findings the change clears.
 */
export function topChanges(rules: readonly ReportRule[]): TopChange[] {
  const changes = new Map<string, TopChange & { best: number }>();
  for (const rule of rules) {
    if (rule.outcome !== 'failed') continue;
    const key = rule.recommendation.text;
    const change = changes.get(key) ?? {
      recommendation: rule.recommendation,
      ruleIds: [],
      findings: 0,
      byLevel: emptyLevels(),
      best: rule.rank,
    };
    change.ruleIds.push(rule.ruleId);
    change.findings += rule.findings;
    for (const level of FAIL_LEVELS) change.byLevel[level] += rule.byLevel[level];
    change.best = Math.min(change.best, rule.rank);
    changes.set(key, change);
  }
  return [...changes.values()]
    .sort((a, b) => a.best - b.best || b.findings - a.findings)
    .slice(0, TOP_CHANGES)
    .map(({ best: _best, ...change }) => change);
}

/** A stable tie-break that needs no locale data (ids are ASCII). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
