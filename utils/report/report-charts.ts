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

export function principleChart(report: Report, t: Translate): ChartData {
  return {
    id: 'chart-principle',
    title: t('charts.byPrinciple'),
    tableLabel: t('charts.table'),
    columnLabel: t('charts.label'),
    description: t('charts.byPrincipleDesc'),
    labels: report.byPrinciple.map((row) => labels.principle(t, row.principle)),
    series: [
      { key: 'failed', label: labels.finding(t), values: report.byPrinciple.map((row) => row.failed) },
      { key: 'review', label: labels.level(t, 'review'), values: report.byPrinciple.map((row) => row.review) },
    ],
  };
}

export function beforeAfterChart(comparison: Comparison, t: Translate): ChartData {
  return {
    id: 'chart-compare',
    title: t('charts.beforeAfter'),
    tableLabel: t('charts.table'),
    columnLabel: t('charts.label'),
    description: `${t('charts.beforeAfterDesc')} ${t('compare.counts', { ...comparison.counts })}`,
    labels: [t('compare.before'), t('compare.after')],
    series: [
      { key: 'failed', label: labels.finding(t), values: [comparison.before.findings, comparison.after.findings] },
      { key: 'review', label: labels.level(t, 'review'), values: [comparison.before.reviewFindings, comparison.after.reviewFindings] },
    ],
  };
}
