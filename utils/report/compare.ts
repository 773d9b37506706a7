/**
 * Before/after of two reports (any two: the same journey redesigned, or a rescan). Rules are
 * matched by id; within a rule, the components it fails in are matched by their stable id, then
 * by their template signature (the redesign moved or renamed the element but kept the template),
 * then — for a check that sits on no element — by the step. Each rule, component and page is then:
 *
 * - 해결 (fixed): it failed before and fails nowhere after;
 * - 새로 (new): it fails after and failed nowhere before;
 * - 개선 (improved): it fails in both, in fewer places after;
 * - 남음 (remaining): it fails in both, in as many places or more.
 *
 * Only failures are compared (확인 필요 is not a defect until a person says so).
 */
import { byCodePoint } from './priority.ts';
import type { ChangeStatus, Comparison, ComponentPlaces, Report, ReportRule, RuleChange } from './types.ts';

export function compareReports(before: Report, after: Report): Comparison {
  const failing = (report: Report) => new Map(report.rules.filter((rule) => rule.findings > 0).map((rule) => [rule.ruleId, rule]));
  const was = failing(before);
  const now = failing(after);
  const rules: RuleChange[] = [];
  for (const rule of after.rules) {
    if (rule.findings === 0) continue;
    rules.push(changeOf(rule.ruleId, was.get(rule.ruleId) ?? null, rule));
  }
  for (const rule of before.rules) if (rule.findings > 0 && !now.has(rule.ruleId)) rules.push(changeOf(rule.ruleId, rule, null));
  const counts: Record<ChangeStatus, number> = { fixed: 0, improved: 0, remaining: 0, new: 0 };
  for (const change of rules) counts[change.status]++;
  return { rules, counts, before: before.counts, after: after.counts, related: sharePage(before, after) };
}

/** A redesign keeps its pages' names or file names ("apply.html" under /before/ and /after/); two services share neither. */
function sharePage(before: Report, after: Report): boolean {
  const marks = (report: Report) =>
    new Set(
      report.steps.flatMap((step) => [
        ...(step.name ? [`name:${step.name}`] : []),
        ...(fileName(step.url) ? [`file:${fileName(step.url)}`] : []),
      ]),
    );
  const was = marks(before);
  return [...marks(after)].some((mark) => was.has(mark));
}

function fileName(url: string): string {
  try {
    return new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
  } catch {
    return '';
  }
}

/** The status of a rule on one step of the after report (for a CSV row or a SARIF result). */
export function stepStatus(change: RuleChange, step: number): ChangeStatus {
  const places = (rule: ReportRule | null) => rule?.steps.find((entry) => entry.step === step)?.places ?? 0;
  return statusOf(places(change.before), places(change.after));
}

export function statusOf(before: number, after: number): ChangeStatus {
  if (after === 0) return 'fixed';
  if (before === 0) return 'new';
  return after < before ? 'improved' : 'remaining';
}

function changeOf(ruleId: string, before: ReportRule | null, after: ReportRule | null): RuleChange {
  const components = matchComponents(failingComponents(before), failingComponents(after));
  return { ruleId, status: statusOf(before?.places ?? 0, after?.places ?? 0), before, after, components };
}

function failingComponents(rule: ReportRule | null): ComponentPlaces[] {
  return rule?.components.filter((component) => component.places > 0) ?? [];
}

type Pair = RuleChange['components'][number];

function matchComponents(before: ComponentPlaces[], after: ComponentPlaces[]): Pair[] {
  const pairs: Pair[] = [];
  const left = new Set(before);
  const right = new Set(after);
  const take = (key: (component: ComponentPlaces) => string | null) => {
    for (const a of [...right]) {
      const wanted = key(a);
      if (wanted === null) continue;
      const b = [...left].find((candidate) => key(candidate) === wanted);
      if (!b) continue;
      left.delete(b);
      right.delete(a);
      pairs.push({ before: b, after: a, status: statusOf(b.places, a.places) });
    }
  };
  take((component) => component.id);
  take((component) => (component.signature ? `sig:${component.signature}` : null));
  take((component) => (component.signature ? null : `step:${component.steps.join(',')}`));
  for (const b of left) pairs.push({ before: b, after: null, status: 'fixed' });
  for (const a of right) pairs.push({ before: null, after: a, status: 'new' });
  return pairs.sort((x, y) => byCodePoint((x.after ?? x.before)!.id, (y.after ?? y.before)!.id));
}
