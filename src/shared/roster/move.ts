// Moving an operation to another cell of the roster (a day and a shift). The cell an operation is in follows
// from its start (shiftCell), so the move is worked out from that cell, not from the operation's Córdoba date:
// a night operation at 02:00 sits in the evening before, and moving it one night later lands at 02:00 again.
import type { Shift } from '../operations/codes.ts';
import { cordobaCivil, cordobaInstant } from '../time/cordoba.ts';
import { parseIsoDate, parseShiftTimes, shiftCell } from './shifts.ts';
import type { ShiftWindow } from './types.ts';

export interface RosterCell {
  readonly date: string; // 'YYYY-MM-DD', the civil day the shift starts on
  readonly shift: Shift;
}

export interface PlannedTimes {
  readonly plannedStart: number;
  readonly plannedEnd: number;
}

const dayNumber = (isoDate: string) => {
  const [y, m, d] = parseIsoDate(isoDate);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/**
 * The times of an operation moved to `target`, duration kept. Into the same shift: the same Córdoba wall-clock
 * start, as many civil days later (or earlier) as the target cell is from the operation's own. Into another
 * shift: that shift's start in Córdoba on the target day. RangeError for a malformed date or shift time.
 */
export function movedTimes(
  operation: PlannedTimes & { readonly shift: Shift },
  target: RosterCell,
  shiftTimes: Readonly<Record<Shift, ShiftWindow>>,
): PlannedTimes {
  const shifts = parseShiftTimes(shiftTimes);
  const from = shiftCell(operation.plannedStart, operation.shift, shifts);
  const duration = operation.plannedEnd - operation.plannedStart;
  let start: number;
  if (from.shift === target.shift) {
    const c = cordobaCivil(operation.plannedStart);
    // Seconds and milliseconds are not part of the wall clock cordobaInstant takes: carry them over.
    const rest = operation.plannedStart - cordobaInstant(c.year, c.month, c.day, c.hour, c.minute);
    start = cordobaInstant(c.year, c.month, c.day + dayNumber(target.date) - dayNumber(from.date), c.hour, c.minute) + rest;
  } else {
    const [y, m, d] = parseIsoDate(target.date);
    const minutes = shifts.find((s) => s.shift === target.shift)!.start;
    start = cordobaInstant(y, m, d, Math.floor(minutes / 60), minutes % 60);
  }
  return { plannedStart: start, plannedEnd: start + duration };
}
