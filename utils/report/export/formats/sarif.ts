import { stepStatus } from '../../compare.ts';
import { revealInvisible } from '../../text.ts';
import { ruleText } from '../../rule-text.ts';
import { labels, type Translate } from '../../translate.ts';
import type { ChangeStatus, Comparison, Counts, Place, Report, ReportRule } from '../../types.ts';
import type { ExportFormat } from '../format.ts';

/**
 * SARIF 2.1.0 for code-scanning tools. One rule per axe rule / Dotbogi check; one result per
 * finding — a rule failing on one page — with one location per place (element), so a tool counts
 * exactly what the report counts. A web page has no source lines, so a location is the page URL
 * (artifactLocation) plus the element's selector (logicalLocations); the redacted snippets go in
 * the result's properties. "Needs review" uses SARIF's own `kind: "review"` (level "none"). With a
 * comparison, each result has a `baselineState` and the fixed findings are listed as "absent".
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note' | 'none';
type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent';

const LEVEL: Record<ReportRule['severity'], Level> = { critical: 'error', serious: 'error', moderate: 'warning', minor: 'note' };
const BASELINE: Record<ChangeStatus, BaselineState> = { new: 'new', remaining: 'unchanged', improved: 'updated', fixed: 'absent' };

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
  results: SarifResult[];
  columnKind: 'unicodeCodePoints';
  properties: { counts: Counts; counting: string };
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: 'fail' | 'review' | 'pass';
  level: Level;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string } };
    logicalLocations: { fullyQualifiedName: string; kind: 'element' }[];
  }[];
  partialFingerprints: Record<string, string>;
  baselineState?: BaselineState;
  properties: Record<string, unknown>;
}

export function reportToSarif(report: Report, t: Translate, compare?: { before: Report; comparison: Comparison }): SarifLog {
  const ruleIndex = new Map<string, number>();
  const rules: SarifRule[] = [];
  const declare = (rule: ReportRule) => {
    if (ruleIndex.has(rule.ruleId)) return;
    ruleIndex.set(rule.ruleId, rules.length);
    const words = ruleText(t, rule.ruleId);
    rules.push({
      id: rule.ruleId,
      name: rule.ruleId,
      shortDescription: { text: words.title },
      fullDescription: { text: words.explanation || words.title },
      help: { text: labels.recommendation(t, rule.recommendation.text) },
      ...(rule.helpUrl ? { helpUri: rule.helpUrl } : {}),
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: {
        tags: [
          'accessibility',
          `source:${rule.source}`,
          ...rule.kwcag.map((item) => `KWCAG ${item}`),
          ...rule.wcag.map((sc) => `WCAG ${sc}`),
        ],
      },
    });
  };
  const changes = new Map(compare?.comparison.rules.map((change) => [change.ruleId, change]));
  const results: SarifResult[] = [];
  const result = (
    rule: ReportRule,
    step: number,
    outcome: 'failed' | 'needs-review',
    places: Place[],
    state?: BaselineState,
  ): SarifResult => {
    const level = rule.steps.find((entry) => entry.step === step)?.level ?? rule.level;
    return {
      ruleId: rule.ruleId,
      ruleIndex: ruleIndex.get(rule.ruleId)!,
      kind: state === 'absent' ? 'pass' : outcome === 'failed' ? 'fail' : 'review',
      level: outcome === 'failed' && state !== 'absent' ? LEVEL[rule.severity] : 'none',
      message: { text: `${ruleText(t, rule.ruleId).title} — ${labels.recommendation(t, rule.recommendation.text)}` },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: places[0]?.url ?? '' } },
          logicalLocations: places.map((place) => ({ fullyQualifiedName: place.node.target.join(' '), kind: 'element' as const })),
        },
      ],
      // The same rule on the same step is the same finding in a later run.
      partialFingerprints: { 'dotbogiFinding/v2': `${rule.ruleId}|${step + 1}` },
      ...(state ? { baselineState: state } : {}),
      properties: {
        step: step + 1,
        level: outcome === 'failed' ? level : 'review',
        severity: rule.severity,
        confidence: rule.confidence,
        evidence: places.flatMap((place) => (place.node.evidence ? [place.node.evidence] : [])),
        personas: rule.personas,
        kwcag: rule.kwcag,
        wcag: rule.wcag,
        places: places.length,
        components: [...new Set(places.map((place) => place.componentId))],
        snippets: places.map((place) => place.node.snippet),
        krds: rule.recommendation.krds,
        roles: rule.recommendation.roles,
      },
    };
  };
  for (const rule of report.rules) {
    declare(rule);
    const change = changes.get(rule.ruleId);
    const byStep = placesByStep(rule.allPlaces);
    for (const step of rule.steps) {
      for (const outcome of ['failed', 'needs-review'] as const) {
        const places = (byStep.get(step.step) ?? []).filter((place) => place.outcome === outcome);
        if (places.length === 0) continue;
        const state = compare && outcome === 'failed' ? BASELINE[change ? stepStatus(change, step.step) : 'new'] : undefined;
        results.push(result(rule, step.step, outcome, places, state));
      }
    }
  }
  if (compare) {
    for (const change of compare.comparison.rules) {
      if (!change.before) continue;
      declare(change.before);
      const byStep = placesByStep(change.before.allPlaces);
      for (const step of change.before.steps) {
        if (step.places === 0 || stepStatus(change, step.step) !== 'fixed') continue;
        const places = (byStep.get(step.step) ?? []).filter((place) => place.outcome === 'failed');
        results.push(result(change.before, step.step, 'failed', places, 'absent'));
      }
    }
  }
  const version = report.coverage.engines[0]?.dotbogi ?? '0.0.0';
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Dotbogi', version, informationUri: 'https://github.com/dotbogi/dotbogi', rules } },
        results,
        columnKind: 'unicodeCodePoints',
        properties: { counts: report.counts, counting: t('counting.finding') },
      },
    ],
  };
}

function placesByStep(places: readonly Place[]): Map<number, Place[]> {
  const byStep = new Map<number, Place[]>();
  for (const place of places) {
    const list = byStep.get(place.step);
    if (list) list.push(place);
    else byStep.set(place.step, [place]);
  }
  return byStep;
}

export function sarifText(report: Report, t: Translate, compare?: { before: Report; comparison: Comparison }): string {
  // Every string as a viewer shows it: bidi controls from a page made visible, as in every view.
  const visible = (_key: string, value: unknown) => (typeof value === 'string' ? revealInvisible(value) : value);
  return `${JSON.stringify(reportToSarif(report, t, compare), visible, 2)}\n`;
}

export const format: ExportFormat = {
  id: 'sarif',
  extension: 'sarif',
  mime: 'application/sarif+json;charset=utf-8',
  labelKey: 'download.sarif',
  order: 5,
  content: 'report',
  write: (context) => sarifText(context.report, context.t, context.compare),
};
