// Where the comparison's two bars and their interval whiskers go in the chart's drawing (SVG user units): bars
// grow up from the baseline in proportion to their value over the axis's top — 100 % for a share, else a round
// number just over the largest value or interval bound — so the two groups are drawn to one scale. Pure, so the
// drawing is tested without a browser; the SVG takes these numbers as attributes (the CSP allows no inline styles).
import type { IndicatorUnit, Interval } from '../../../../shared/api/insights.ts';

export interface BarInput {
  readonly value: number | null;
  readonly interval: Interval | null;
}

export interface Bar {
  readonly x: number;
  readonly width: number;
  /** Top of the bar (SVG y grows downwards); equal to the baseline for a bar with no value. */
  readonly y: number;
  readonly height: number;
  /** The interval as a vertical line across the bar's middle, or null without one. */
  readonly whisker: { readonly x: number; readonly top: number; readonly bottom: number } | null;
}

export interface BarChart {
  /** The axis's top value (in the figure's own unit: a share 0–1, a count…). */
  readonly max: number;
  /** Gridline values from 0 to max, with their y. */
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  readonly bars: readonly Bar[];
}

/** The drawing's size and margins: room on the left for the axis's numbers, below for the groups' names. */
export const CHART_BOX = { width: 360, height: 220, left: 64, right: 16, top: 12, bottom: 28 } as const;
const BAR_SHARE = 0.5;

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ that is ≥ value (a readable axis top); 1 for nothing to draw. */
export function roundUp(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value * (1 - 1e-12))!;
  return step * power;
}

export function barChart(inputs: readonly BarInput[], unit: IndicatorUnit): BarChart {
  const largest = Math.max(0, ...inputs.flatMap((b) => [b.value ?? 0, b.interval?.high ?? 0]));
  const max = unit === 'ratio' ? 1 : roundUp(largest);
  const { width, height, left, right, top, bottom } = CHART_BOX;
  const baseline = height - bottom;
  const plot = baseline - top;
  const y = (value: number) => baseline - (Math.min(Math.max(value, 0), max) / max) * plot;
  const slot = (width - left - right) / inputs.length;
  const bars = inputs.map((input, i): Bar => {
    const barWidth = slot * BAR_SHARE;
    const x = left + slot * i + (slot - barWidth) / 2;
    const top = input.value === null ? baseline : y(input.value);
    const whisker = input.interval ? { x: x + barWidth / 2, top: y(input.interval.high), bottom: y(input.interval.low) } : null;
    return { x, width: barWidth, y: top, height: baseline - top, whisker };
  });
  // Fifths: every top roundUp gives (1, 2, 2,5, 5 × 10ⁿ) splits into round steps.
  const ticks = [0, 1, 2, 3, 4, 5].map((i) => ({ value: (i / 5) * max, y: y((i / 5) * max) }));
  return { max, ticks, bars };
}
