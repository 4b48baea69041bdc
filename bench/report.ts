// One JSON object per line on stdout: {name, value, unit, baseline?, ratio?, goal?, met?}.
// ratio is always value ÷ baseline; the goal says which way is good.
export interface Goal {
  readonly on: 'value' | 'ratio';
  readonly op: '<=' | '>=';
  readonly target: number;
}

export interface Metric {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number;
  readonly goal?: Goal;
  readonly note?: string;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function report(metric: Metric): void {
  const ratio = metric.baseline ? metric.value / metric.baseline : undefined;
  const measured = metric.goal?.on === 'ratio' ? ratio : metric.value;
  const met =
    metric.goal && measured !== undefined
      ? metric.goal.op === '<='
        ? measured <= metric.goal.target
        : measured >= metric.goal.target
      : undefined;
  console.log(
    JSON.stringify({
      name: metric.name,
      value: round(metric.value),
      unit: metric.unit,
      ...(metric.baseline !== undefined ? { baseline: round(metric.baseline), ratio: round(ratio!) } : {}),
      ...(metric.goal ? { goal: `${metric.goal.on} ${metric.goal.op} ${metric.goal.target}`, met } : {}),
      ...(metric.note ? { note: metric.note } : {}),
    }),
  );
}

export function percentile(samples: readonly number[], p: number): number {
  // A typed array sorts numerically, natively: several times faster than a comparator over a plain array, which
  // matters to a load process (the raw consoles) that must get back to reading its sockets.
  const sorted = Float64Array.from(samples).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
