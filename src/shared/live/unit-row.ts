// A unit as the console shows it: the shared record plus its latest known position.
import type { Unit, UnitPosition } from './units.ts';

export interface UnitRow extends Unit {
  readonly position: UnitPosition | null;
}
