// What every figure of the "dispatch" suite is: its part on the command line (dispatch:<part>), name, unit, goal,
// a note, and how it is measured against its own ceiling in the same run.
import type { Goal } from './report.ts';

export interface DispatchBench {
  readonly part: string;
  readonly name: string;
  readonly unit: string;
  readonly goal: Goal;
  readonly note: string;
  measure(): Promise<{ value: number; baseline: number }>;
}
