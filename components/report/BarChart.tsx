import { useState } from 'preact/hooks';
import { barChartLayout, SERIES_COLOURS } from '@/utils/report/chart';
import type { ChartData } from '@/utils/report/report-charts';
import { evidence } from '@/utils/report/text';
import { pure } from './pure';
import { useReportT } from './use-report-t';

const LABEL_MAX = 26;

/**
 * A horizontal bar chart as a picture: inline SVG with role="img", a <title> and a <desc>, and
 * the same numbers as a table behind a disclosure for anyone who cannot see the bars.
 */
export const BarChart = pure(function BarChart({ chart }: { chart: ChartData }) {
  // The table is built when the disclosure opens: closed, it would only cost render time.
  const [open, setOpen] = useState(false);
  const all = useReportT().static;
  const layout = barChartLayout(chart.labels, chart.series);
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  return (
    <figure>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
      >
        <title id={titleId}>{chart.title}</title>
        <desc id={descId}>{chart.description}</desc>
        {layout.rows.map((row, index) => (
          <g key={index}>
            <text x={layout.labelWidth - 8} y={row.y + (row.bars.length * 18) / 2 + 5} text-anchor="end">
              {evidence(row.label, LABEL_MAX)}
            </text>
            {row.bars.map((bar) => (
              <g key={bar.series}>
                <rect
                  x={bar.x}
                  y={bar.y}
                  width={Math.max(bar.value > 0 ? 2 : 0, bar.width)}
                  height={bar.height}
                  fill={SERIES_COLOURS[bar.series % SERIES_COLOURS.length]}
                />
                <text x={bar.x + bar.width + 6} y={bar.y + bar.height - 3}>
                  {bar.value}
                </text>
              </g>
            ))}
          </g>
        ))}
      </svg>
      {chart.series.length > 1 && (
        <ul class="chart-legend">
          {chart.series.map((series, index) => (
            <li key={series.key}>
              <span class="swatch" style={{ background: SERIES_COLOURS[index % SERIES_COLOURS.length] }} />
              {series.label}
            </li>
          ))}
        </ul>
      )}
      <figcaption>{chart.title}</figcaption>
      <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          {chart.title} — {chart.tableLabel}
        </summary>
        {(open || all) && (
          <table>
            <thead>
              <tr>
                <th scope="col">{chart.columnLabel}</th>
                {chart.series.map((series) => (
                  <th scope="col" key={series.key}>
                    {series.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.labels.map((label, index) => (
                <tr key={index}>
                  <th scope="row">{label}</th>
                  {chart.series.map((series) => (
                    <td key={series.key}>{series.values[index] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
});
