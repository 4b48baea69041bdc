// What Chart.js is told to draw for one indicator: a line over months (a trend), bars over anything else (channels,
// statuses, categories, shifts). A share's axis runs 0–100 %. No animation (nothing moves for people who asked for
// less motion, and a redraw after a filter change is immediate). Colours come from the page's CSS variables
// (insights.css: a colour-blind-safe palette), read by the caller, so the theme decides them.
import type { ChartConfiguration } from 'chart.js';
import type { IndicatorUnit, IndicatorValue } from '../../../../shared/api/insights.ts';
import type { ChartSeries } from './chart-data.ts';

export interface ChartColours {
  readonly series: string;
  readonly text: string;
  readonly grid: string;
  readonly font: string;
}

export type IndicatorChartType = 'line' | 'bar';

export const chartTypeOf = (by: IndicatorValue['breakdown']['by']): IndicatorChartType => (by === 'month' ? 'line' : 'bar');

export function chartConfig(
  type: IndicatorChartType,
  unit: IndicatorUnit,
  series: ChartSeries,
  colours: ChartColours,
  /** A value on the chart's scale as the card writes it ("75,3 %"), for the axis and the tooltip. */
  valueText: (value: number) => string,
): ChartConfiguration<IndicatorChartType, (number | null)[], string> {
  const font = { family: colours.font, size: 12 };
  return {
    type,
    data: {
      labels: [...series.labels],
      datasets: [
        {
          data: [...series.values],
          backgroundColor: colours.series,
          borderColor: colours.series,
          borderWidth: 2,
          pointRadius: 3,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        tooltip: { callbacks: { label: (item) => (item.parsed.y === null ? '' : valueText(item.parsed.y)) } },
      },
      scales: {
        x: { ticks: { color: colours.text, font }, grid: { color: colours.grid } },
        y: {
          beginAtZero: true,
          ...(unit === 'ratio' && { max: 100 }),
          // A count has no fractions to mark.
          ticks: { color: colours.text, font, ...(unit === 'count' && { precision: 0 }), callback: (value) => valueText(Number(value)) },
          grid: { color: colours.grid },
        },
      },
    },
  };
}
