import { heatColour, heatMap, textColour } from '@/utils/report/heatmap';
import { labels } from '@/utils/report/translate';
import type { Report } from '@/utils/report/types';
import { pure } from './pure';
import { useReportT } from './use-report-t';

const LABEL = 220;
const CELL_W = 40;
const CELL_H = 34;
const HEAD = 28;

/**
 * The journey map: people × steps, the number of problems each group meets on each step, the
 * steps where a group is stopped outlined and marked ✕. A picture (role="img", title, desc) with
 * the same numbers as a table.
 */
export const HeatMap = pure(function HeatMap({ report }: { report: Report }) {
  const { t } = useReportT();
  const map = heatMap(report);
  if (map.personas.length === 0) return null;
  const width = LABEL + map.steps.length * CELL_W + 8;
  const height = HEAD + map.personas.length * CELL_H + 8;
  const title = t('journey.mapTitle');
  return (
    <figure class="heatmap">
      <div class="table-scroll">
        <svg role="img" aria-labelledby="heatmap-title heatmap-desc" viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
          <title id="heatmap-title">{title}</title>
          <desc id="heatmap-desc">{t('journey.mapDesc')}</desc>
          {map.steps.map((step, column) => (
            <text key={step} x={LABEL + column * CELL_W + CELL_W / 2} y={HEAD - 8} text-anchor="middle">
              {step + 1}
            </text>
          ))}
          {map.personas.map((persona, row) => (
            <g key={persona}>
              <text x={LABEL - 8} y={HEAD + row * CELL_H + CELL_H / 2 + 5} text-anchor="end">
                {labels.persona(t, persona)}
              </text>
              {map.steps.map((step, column) => {
                const value = map.values[row]![column]!;
                const x = LABEL + column * CELL_W;
                const y = HEAD + row * CELL_H;
                const blocked = map.blocked[row]![column]!;
                return (
                  <g key={step}>
                    <rect
                      x={x + 1}
                      y={y + 1}
                      width={CELL_W - 2}
                      height={CELL_H - 2}
                      fill={map.notAudited[column] ? '#e6e6e6' : heatColour(value, map.max)}
                      stroke={blocked ? '#a4161a' : '#b8c0c8'}
                      stroke-width={blocked ? 3 : 1}
                    />
                    <text x={x + CELL_W / 2} y={y + CELL_H / 2 + 5} text-anchor="middle" fill={textColour(value, map.max)}>
                      {map.notAudited[column] ? '?' : blocked ? `✕${value}` : value > 0 ? value : ''}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        {title}
        {report.steps.length > map.steps.length && ` — ${t('journey.mapFirstSteps', { count: map.steps.length })}`}
      </figcaption>
      <details>
        <summary>
          {title} — {t('charts.table')}
        </summary>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('charts.person')}</th>
                {map.steps.map((step) => (
                  <th scope="col" key={step}>
                    {labels.step(t, step)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.personas.map((persona, row) => (
                <tr key={persona}>
                  <th scope="row">{labels.persona(t, persona)}</th>
                  {map.steps.map((step, column) => (
                    <td key={step}>
                      {map.notAudited[column]
                        ? labels.pageStatus(t, 'not-audited')
                        : map.blocked[row]![column]
                          ? `${map.values[row]![column]} (${labels.level(t, 'blocker')})`
                          : map.values[row]![column]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
});
