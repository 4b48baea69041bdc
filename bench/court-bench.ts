// What every figure of the "court" suite is: its part on the command line (court:<part>), name, unit, goal, a
// note, and how it is measured against its own ceiling in the same run.
import type { Goal } from './report.ts';

export interface CourtBench {
  readonly part: string;
  readonly name: string;
  readonly unit: string;
  readonly goal: Goal;
  readonly note: string;
  measure(): Promise<{ value: number; baseline: number }>;
}

export const median = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
