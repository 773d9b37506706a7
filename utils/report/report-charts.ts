import { labels, type Translate } from './translate.ts';
import type { Comparison, Report } from './types.ts';
import type { ChartSeries } from './chart.ts';

/** The data behind each chart, shared by the live view and the exports. */
export interface ChartData {
  id: string;
  title: string;
  description: string;
  labels: string[];
  series: ChartSeries[];
  /** "Show as a table" and the first column's heading, for the data-table alternative. */
  tableLabel: string;
  columnLabel: string;
}

/** Most steps a chart shows; a longer journey shows the steps with the most problems. */
export const MAX_CHART_ROWS = 40;

export function personaChart(report: Report, t: Translate): ChartData {
  return {
    id: 'chart-persona',
    title: t('charts.byPersona'),
    tableLabel: t('charts.table'),
    columnLabel: t('charts.label'),
    description: t('charts.byPersonaDesc'),
    labels: report.personas.map((row) => labels.persona(t, row.persona)),
    series: [{ key: 'score', label: t('charts.value'), values: report.personas.map((row) => row.score) }],
  };
}

export function principleChart(report: Report, t: Translate): ChartData {
  return {
    id: 'chart-principle',
    title: t('charts.byPrinciple'),
    tableLabel: t('charts.table'),
    columnLabel: t('charts.label'),
    description: t('charts.byPrincipleDesc'),
    labels: report.byPrinciple.map((row) => labels.principle(t, row.principle)),
    series: [
      { key: 'failed', label: t('journey.failed'), values: report.byPrinciple.map((row) => row.failed) },
      { key: 'review', label: t('journey.review'), values: report.byPrinciple.map((row) => row.review) },
    ],
  };
}

export function stepChart(report: Report, t: Translate): ChartData {
  const steps =
    report.steps.length <= MAX_CHART_ROWS
      ? report.steps
      : [...report.steps]
          .sort((a, b) => b.failed - a.failed || a.index - b.index)
          .slice(0, MAX_CHART_ROWS)
          .sort((a, b) => a.index - b.index);
  return {
    id: 'chart-step',
    title: t('charts.byStep'),
    tableLabel: t('charts.table'),
    columnLabel: t('charts.label'),
    description: t('charts.byStepDesc'),
    labels: steps.map((step) => t('findings.stepLabel', { step: step.index + 1 })),
    series: [
      { key: 'failed', label: t('journey.failed'), values: steps.map((step) => step.failed) },
      { key: 'review', label: t('journey.review'), values: steps.map((step) => step.review) },
    ],
  };
}

export function beforeAfterChart(before: Report, after: Report, comparison: Comparison, t: Translate): ChartData {
  const count = (report: Report, outcome: 'failed' | 'needs-review') =>
    report.findings.filter((finding) => finding.outcome === outcome).length;
  return {
    id: 'chart-compare',
    title: t('charts.beforeAfter'),
    tableLabel: t('charts.table'),
    columnLabel: t('charts.label'),
    description: `${t('charts.beforeAfterDesc')} ${t('compare.counts', { fixed: comparison.fixed.length, added: comparison.added.length, persisting: comparison.persisting.length })}`,
    labels: [t('compare.before'), t('compare.after')],
    series: [
      { key: 'failed', label: t('journey.failed'), values: [count(before, 'failed'), count(after, 'failed')] },
      { key: 'review', label: t('journey.review'), values: [count(before, 'needs-review'), count(after, 'needs-review')] },
    ],
  };
}
