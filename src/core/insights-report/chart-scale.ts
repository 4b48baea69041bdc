// Runs in: Node. The value axis of a report chart: from 0 to a round number just above the largest value, in four
// or five equal round steps (1, 2, 2.5 or 5 times a power of ten), so the gridlines fall on numbers a reader can
// read off. Shares are always drawn from 0 to 100 %: a bar at 80 % must look like 80 %, not like the whole axis.
import type { IndicatorUnit } from '../../shared/api/insights.ts';

export interface Scale {
  readonly max: number;
  readonly ticks: readonly number[];
}

const STEPS = [1, 2, 2.5, 5, 10] as const;
const TARGET_STEPS = 4;

export function chartScale(unit: IndicatorUnit, values: readonly (number | null)[]): Scale {
  if (unit === 'ratio') return { max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };
  const largest = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  if (largest === 0) return { max: 1, ticks: [0, 1] };
  const rough = largest / TARGET_STEPS;
  const power = 10 ** Math.floor(Math.log10(rough));
  // Counts are whole: a step below 1 would label gridlines with fractions of a complaint.
  const candidates = STEPS.map((s) => s * power).filter((s) => unit !== 'count' || Number.isInteger(s));
  const step = candidates.find((s) => s >= rough) ?? Math.max(1, 10 * power);
  const count = Math.ceil(largest / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => round(i * step));
  return { max: ticks.at(-1)!, ticks };
}

/** Clears the float dust of i × 0.1 (0.30000000000000004) from a tick. */
const round = (n: number) => Math.round(n * 1e9) / 1e9;
