// What every figure of the "map" suite is: its part on the command line (map:<part>), name, unit, goal, a note,
// and how it is measured against its own ceiling in the same run. A new map.* figure is one file exporting one of
// these, listed in MAP_BENCHES (bench/map.ts).
import type { Goal } from './report.ts';

export interface MapBench {
  readonly part: string;
  readonly name: string;
  readonly unit: string;
  readonly goal: Goal;
  readonly note: string;
  /** `detail`, when given, is added to the note (what the run saw besides the figure). */
  measure(): Promise<{ value: number; baseline?: number; detail?: string }>;
}
