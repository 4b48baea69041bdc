// Shift boundaries in Córdoba wall-clock time. Which shift occurrence an operation belongs to decides where one
// working period ends and the rest before the next begins.
import { SHIFTS, type Shift } from '../operations/codes.ts';
import { cordobaCivil, cordobaInstant, cordobaIsoDate } from '../time/cordoba.ts';
import type { ShiftWindow } from './types.ts';

const DAY_MS = 86_400_000;

/** Minutes after midnight of an 'HH:MM' clock time; RangeError if malformed. */
export function parseClock(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`not an HH:MM time: ${JSON.stringify(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export interface ParsedShift {
  readonly shift: Shift;
  readonly start: number; // minutes after midnight
  readonly end: number;
}

export function parseShiftTimes(times: Readonly<Record<Shift, ShiftWindow>>): readonly ParsedShift[] {
  return SHIFTS.map((shift) => ({ shift, start: parseClock(times[shift].start), end: parseClock(times[shift].end) }));
}

/** Days since 1970-01-01 of a civil date (no time zone: a plain calendar count). */
const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

/**
 * The shift occurrence an instant falls in, as one number (civil day of the shift's start × 3 + shift index),
 * or null when no shift window holds it (configured shifts need not cover the whole day). A night shift of
 * 22:00–06:00 that holds 02:00 belongs to the previous day's night.
 */
export function shiftOccurrence(instant: number, shifts: readonly ParsedShift[]): number | null {
  const c = cordobaCivil(instant);
  const minute = c.hour * 60 + c.minute;
  const today = dayNumber(c.year, c.month, c.day);
  for (let i = 0; i < shifts.length; i++) {
    const { start, end } = shifts[i]!;
    if (start < end) {
      if (minute >= start && minute < end) return today * 3 + i;
    } else if (minute >= start) {
      return today * 3 + i;
    } else if (minute < end) {
      return (today - 1) * 3 + i;
    }
  }
  return null;
}

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01). */
const isoOfDayNumber = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);

/**
 * The roster cell (civil date and shift) of an operation starting at `start`: the shift occurrence its start
 * falls in; outside every window, its recorded shift on its Córdoba start date.
 */
export function shiftCell(
  start: number,
  recorded: Shift,
  shifts: readonly ParsedShift[],
): { readonly date: string; readonly shift: Shift } {
  const occurrence = shiftOccurrence(start, shifts);
  if (occurrence === null) return { date: cordobaIsoDate(start), shift: recorded };
  return { date: isoOfDayNumber(Math.floor(occurrence / 3)), shift: SHIFTS[occurrence % 3]! };
}

/** [year, month, day] of a valid 'YYYY-MM-DD'; RangeError otherwise. */
export function parseIsoDate(isoDate: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (!m || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) throw new RangeError(`not a date: ${JSON.stringify(isoDate)}`);
  return [y, mo, d];
}

/** [start, end) of the Monday-to-Sunday Córdoba week holding the date 'YYYY-MM-DD'. */
export function cordobaWeek(isoDate: string): { start: number; end: number } {
  const [y, mo, d] = parseIsoDate(isoDate);
  const monday = d - ((new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7);
  return { start: cordobaInstant(y, mo, monday), end: cordobaInstant(y, mo, monday + 7) };
}
