// Runs in: Node. How counted rows become an IndicatorValue: a ratio with its 95 % Wilson interval (shared/insights/
// stats.ts), a figure per shift worked, a count by channel or status, a median — each with the breakdown its chart
// draws: every month of the range (or every channel, every status) in order, null where nothing was counted.
import type { BreakdownRow, IndicatorId, IndicatorValue, InsightFilterDimension, Interval } from '../../../shared/api/insights.ts';
import { proportion } from '../../../shared/insights/stats.ts';

export interface MonthCounts {
  readonly month: string;
  readonly numerator: number;
  readonly denominator: number;
}

type Applied = readonly InsightFilterDimension[];

const share = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

function byMonth(months: readonly string[], rows: readonly MonthCounts[], value: (n: number, d: number) => number | null): BreakdownRow[] {
  const found = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const { numerator = 0, denominator = 0 } = found.get(month) ?? {};
    return { key: month, value: value(numerator, denominator), numerator, denominator };
  });
}

const total = (rows: readonly MonthCounts[]) =>
  rows.reduce((t, r) => ({ numerator: t.numerator + r.numerator, denominator: t.denominator + r.denominator }), {
    numerator: 0,
    denominator: 0,
  });

export function wilson(numerator: number, denominator: number): Interval | null {
  const p = proportion(numerator, denominator);
  return p.lower === null || p.upper === null ? null : { low: p.lower, high: p.upper };
}

/** numerator ÷ denominator, by month; the whole range's counts may be given when they are not the months' sum. */
export function ratioValue(
  id: IndicatorId,
  months: readonly string[],
  rows: readonly MonthCounts[],
  appliedFilters: Applied,
  whole = total(rows),
): IndicatorValue {
  const { numerator, denominator } = whole;
  return {
    id,
    unit: 'ratio',
    value: share(numerator, denominator),
    numerator,
    denominator,
    interval: wilson(numerator, denominator),
    breakdown: { by: 'month', rows: byMonth(months, rows, share) },
    appliedFilters,
  };
}

/** A figure (operations, people) per shift worked (the denominator), by month. */
export function perShiftValue(
  id: IndicatorId,
  months: readonly string[],
  rows: readonly MonthCounts[],
  appliedFilters: Applied,
): IndicatorValue {
  const { numerator, denominator } = total(rows);
  return {
    id,
    unit: 'per_shift',
    value: share(numerator, denominator),
    numerator,
    denominator,
    interval: null,
    breakdown: { by: 'month', rows: byMonth(months, rows, share) },
    appliedFilters,
  };
}

/** How many, split by `by` over every key given (zero where none). */
export function countValue(
  id: IndicatorId,
  by: 'channel' | 'status',
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  appliedFilters: Applied,
): IndicatorValue {
  const rows = keys.map((key) => ({ key, value: counts.get(key) ?? 0 }));
  const sum = rows.reduce((s, r) => s + r.value, 0);
  return { id, unit: 'count', value: sum, numerator: sum, denominator: null, interval: null, breakdown: { by, rows }, appliedFilters };
}

/**
 * The median of numbers, reordered in place. A selection, not a sort: linear on average, where sorting a year of
 * court cases' durations took most of the court indicators' time.
 */
export function median(values: Float64Array): number | null {
  if (!values.length) return null;
  const mid = values.length >> 1;
  select(values, mid);
  if (values.length % 2) return values[mid]!;
  let below = values[0]!; // the largest before the middle: the other middle value
  for (let i = 1; i < mid; i++) below = Math.max(below, values[i]!);
  return (below + values[mid]!) / 2;
}

/** Reorders so that a[k] is the k-th smallest: none before it larger, none after it smaller (Hoare's selection). */
function select(a: Float64Array, k: number): void {
  let [lo, hi] = [0, a.length - 1];
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let [i, j] = [lo, hi];
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i > j) break;
      const swapped = a[i]!;
      a[i++] = a[j]!;
      a[j--] = swapped;
    }
    // [lo, j] ≤ pivot ≤ [i, hi], and between them only the pivot's value.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** A month's durations as the median queries return them: a JSON array of numbers (null: none that month). */
export interface MonthValues {
  readonly month: string;
  readonly values: string | null;
}

/**
 * The median of durations, overall and by month; the denominator is how many durations it is the median of. The
 * queries hand each month's durations over as one JSON array: parsing one text is much cheaper than a row per value,
 * and whole numbers (`perUnit` of them to the unit: milliseconds for days) are cheaper to write and parse than
 * fractions.
 */
export function medianValue(
  id: IndicatorId,
  unit: 'minutes' | 'days',
  months: readonly string[],
  found: readonly MonthValues[],
  appliedFilters: Applied,
  perUnit = 1,
): IndicatorValue {
  const inUnits = (values: Float64Array) => {
    const m = median(values);
    return m === null ? null : m / perUnit;
  };
  const byMonth = new Map(found.map((m) => [m.month, Float64Array.from(m.values === null ? [] : (JSON.parse(m.values) as number[]))]));
  const all = new Float64Array([...byMonth.values()].reduce((n, v) => n + v.length, 0));
  let offset = 0;
  for (const values of byMonth.values()) {
    all.set(values, offset);
    offset += values.length;
  }
  const rows = months.map((month) => {
    const values = byMonth.get(month) ?? new Float64Array();
    return { key: month, value: inUnits(values), denominator: values.length };
  });
  return {
    id,
    unit,
    value: inUnits(all),
    numerator: null,
    denominator: all.length,
    interval: null,
    breakdown: { by: 'month', rows },
    appliedFilters,
  };
}
