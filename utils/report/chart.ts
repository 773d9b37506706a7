/**
 * Geometry of a horizontal bar chart, shared by the live view (Preact) and the standalone HTML
 * export, so both draw the same picture. Pure numbers: the renderers add text and colour.
 */
export interface ChartSeries {
  key: string;
  label: string;
  values: number[];
}

export interface ChartBar {
  series: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartRow {
  label: string;
  y: number;
  bars: ChartBar[];
}

export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  max: number;
  rows: ChartRow[];
}

const WIDTH = 640;
const LABEL_WIDTH = 220;
const BAR_HEIGHT = 18;
const ROW_GAP = 12;
const VALUE_SPACE = 56;

export function barChartLayout(labels: readonly string[], series: readonly ChartSeries[]): ChartLayout {
  const max = Math.max(1, ...series.flatMap((entry) => entry.values));
  const rowHeight = series.length * BAR_HEIGHT + ROW_GAP;
  const plot = WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const rows = labels.map((label, index) => {
    const y = ROW_GAP / 2 + index * rowHeight;
    return {
      label,
      y,
      bars: series.map((entry, seriesIndex) => {
        const value = entry.values[index] ?? 0;
        return {
          series: seriesIndex,
          value,
          x: LABEL_WIDTH,
          y: y + seriesIndex * BAR_HEIGHT,
          width: (value / max) * plot,
          height: BAR_HEIGHT - 2,
        };
      }),
    };
  });
  return { width: WIDTH, height: Math.max(rowHeight, labels.length * rowHeight + ROW_GAP / 2), labelWidth: LABEL_WIDTH, max, rows };
}

/** Colours that keep 3:1 against white and each other's shape differs (second series is hatched by opacity). */
export const SERIES_COLOURS = ['#1d4e89', '#b3541e', '#3a7d44'];
