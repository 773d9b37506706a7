/**
 * The report as rows, for the spreadsheet formats (CSV, the workbook): one row per place — every
 * element where a rule fails or needs review — so a sheet can be filtered, summed and pivoted by
 * the same unit the report counts (a finding is a rule × page; its places are these rows).
 */
import { measuredLine } from '../words.ts';
import { stepStatus } from '../compare.ts';
import { ruleText } from '../rule-text.ts';
import { labels, type Translate } from '../translate.ts';
import type { Comparison, Place, Report, ReportRule, RuleChange } from '../types.ts';

export type CellValue = string | number;

export interface PlaceRows {
  header: string[];
  rows: CellValue[][];
}

/** One row per place; with a comparison, a status column, and the fixed places of the earlier report as rows too. */
export function placeRows(report: Report, t: Translate, compare?: { before: Report; comparison: Comparison }): PlaceRows {
  const changes = new Map(compare?.comparison.rules.map((change) => [change.ruleId, change]));
  const header = [
    t('export.rank'),
    t('export.rule'),
    labels.finding(t),
    t('export.level'),
    t('export.severity'),
    t('export.personas'),
    'KWCAG',
    'WCAG',
    t('export.step'),
    t('export.stepName'),
    t('export.url'),
    t('findings.selector'),
    t('findings.snippet'),
    t('export.component'),
    t('export.evidence'),
    t('export.confidence'),
    t('findings.recommendation'),
    'KRDS',
    t('export.roles'),
    ...(compare ? [t('export.compare')] : []),
  ];
  // Per rule, the columns every one of its places repeats, and its level on each step: made once, not per row.
  const ruleColumns = new Map<ReportRule, { levels: Map<number, string>; head: CellValue[]; tail: CellValue[] }>();
  const columnsOf = (rule: ReportRule) => {
    let columns = ruleColumns.get(rule);
    if (!columns) {
      const krds = rule.recommendation.krds;
      columns = {
        levels: new Map(rule.steps.map((step) => [step.step, step.level])),
        head: [rule.rank, rule.ruleId, ruleText(t, rule.ruleId).title],
        tail: [
          labels.confidence(t, rule.confidence),
          labels.recommendation(t, rule.recommendation.text),
          krds ? `${krds.section.ko} › ${krds.ko} (${krds.en})` : '',
          rule.recommendation.roles.map((role) => labels.role(t, role)).join('; '),
        ],
      };
      ruleColumns.set(rule, columns);
    }
    return columns;
  };
  const row = (rule: ReportRule, place: Place, source: Report, change: RuleChange | undefined, status?: string): CellValue[] => {
    const columns = columnsOf(rule);
    const level = place.outcome === 'needs-review' ? 'review' : (columns.levels.get(place.step) ?? rule.level);
    return [
      ...columns.head,
      labels.level(t, level),
      labels.severity(t, rule.severity),
      rule.personas.map((persona) => labels.persona(t, persona)).join('; '),
      rule.kwcag.join('; '),
      rule.wcag.join('; '),
      place.step + 1,
      source.steps[place.step]?.name ?? '',
      place.url,
      place.node.target.join(' '),
      place.node.snippet,
      place.componentId,
      placeEvidence(place, t),
      ...columns.tail,
      ...(compare ? [status ?? (place.outcome === 'failed' && change ? labels.change(t, stepStatus(change, place.step)) : '')] : []),
    ];
  };
  const rows: CellValue[][] = [];
  for (const rule of report.rules) {
    for (const place of rule.allPlaces) rows.push(row(rule, place, report, changes.get(rule.ruleId)));
  }
  if (compare) {
    // What the redesign fixed: the earlier report's failing places on steps where the rule fails no more.
    for (const change of compare.comparison.rules) {
      const before = change.before;
      if (!before) continue;
      for (const place of before.allPlaces) {
        if (place.outcome !== 'failed' || stepStatus(change, place.step) !== 'fixed') continue;
        rows.push(row(before, place, compare.before, change, labels.change(t, 'fixed')));
      }
    }
  }
  return { header, rows };
}

/** What a check measured or matched at this element ("5.1 mm < 6 mm; 남은 시간"), or "". */
function placeEvidence(place: Place, t: Translate): string {
  const evidence = place.node.evidence;
  if (!evidence) return '';
  return [...(evidence.measured ? [measuredLine(evidence.measured, t)] : []), ...(evidence.matched ?? [])].join('; ');
}

/** One row per finding (rule × page, failed or needing review), for the workbook's findings sheet. */
export function findingRows(report: Report, t: Translate, compare?: { before: Report; comparison: Comparison }): PlaceRows {
  const changes = new Map(compare?.comparison.rules.map((change) => [change.ruleId, change]));
  const header = [
    t('export.rank'),
    t('export.rule'),
    labels.finding(t),
    t('export.level'),
    t('export.step'),
    t('export.stepName'),
    t('export.url'),
    t('export.places'),
    t('export.reviewPlaces'),
    t('export.confidence'),
    t('export.personas'),
    'KWCAG',
    'WCAG',
    t('findings.recommendation'),
    t('export.roles'),
    ...(compare ? [t('export.compare')] : []),
  ];
  const rows: CellValue[][] = [];
  for (const rule of report.rules) {
    for (const step of rule.steps) {
      const change = changes.get(rule.ruleId);
      rows.push([
        rule.rank,
        rule.ruleId,
        ruleText(t, rule.ruleId).title,
        labels.level(t, step.level),
        step.step + 1,
        report.steps[step.step]?.name ?? '',
        step.url,
        step.places,
        step.reviewPlaces,
        labels.confidence(t, rule.confidence),
        rule.personas.map((persona) => labels.persona(t, persona)).join('; '),
        rule.kwcag.join('; '),
        rule.wcag.join('; '),
        labels.recommendation(t, rule.recommendation.text),
        rule.recommendation.roles.map((role) => labels.role(t, role)).join('; '),
        ...(compare ? [step.places > 0 && change ? labels.change(t, stepStatus(change, step.step)) : ''] : []),
      ]);
    }
  }
  return { header, rows };
}
