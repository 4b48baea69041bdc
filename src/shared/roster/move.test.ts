import { describe, expect, it } from 'vitest';
import type { Shift } from '../operations/codes.ts';
import { movedTimes } from './move.ts';

const SHIFT_TIMES = {
  morning: { start: '06:00', end: '14:00' },
  afternoon: { start: '14:00', end: '22:00' },
  night: { start: '22:00', end: '06:00' },
};
const H = 3_600_000;
// Córdoba wall clock → instant, written out as UTC so that the expectations do not lean on the helpers under test:
// UTC−3 since 2009; UTC−2 during the summer time of 2008–09.
const cba = (y: number, m: number, d: number, h: number, min = 0, offset = -3) => Date.UTC(y, m - 1, d, h - offset, min);

describe('moving an operation to another roster cell', () => {
  it.each([
    // [what, start, hours, recorded shift, target date, target shift, expected start]
    ['same shift, two days later: same time of day', cba(2026, 11, 24, 9), 2, 'morning', '2026-11-26', 'morning', cba(2026, 11, 26, 9)],
    ['same shift, earlier day', cba(2026, 11, 26, 10, 30), 1.5, 'morning', '2026-11-23', 'morning', cba(2026, 11, 23, 10, 30)],
    ['another shift: its start', cba(2026, 11, 24, 9), 2, 'morning', '2026-11-27', 'afternoon', cba(2026, 11, 27, 14)],
    ['another shift, later in the same day', cba(2026, 11, 24, 15), 2, 'afternoon', '2026-11-24', 'morning', cba(2026, 11, 24, 6)],
    // Saturday 02:00 sits in Friday's night: one cell earlier is Thursday's night, at 02:00 on Friday.
    ['night after midnight, one night earlier', cba(2026, 11, 28, 2), 3, 'night', '2026-11-26', 'night', cba(2026, 11, 27, 2)],
    ['night crossing midnight, to another week', cba(2026, 11, 26, 23), 5, 'night', '2026-12-02', 'night', cba(2026, 12, 2, 23)],
    ['into the night: ends the next day', cba(2026, 11, 24, 15), 6, 'afternoon', '2026-11-29', 'night', cba(2026, 11, 29, 22)],
    ['out of the night into a morning', cba(2026, 11, 28, 2), 3, 'night', '2026-11-30', 'morning', cba(2026, 11, 30, 6)],
    ['across a month and year end', cba(2026, 12, 31, 22, 15), 4, 'night', '2027-01-01', 'night', cba(2027, 1, 1, 22, 15)],
    // The wall clock is kept across an offset change (Argentina left summer time on 15 March 2009).
    ['from UTC−2 into UTC−3, same shift', cba(2009, 3, 13, 9, 0, -2), 2, 'morning', '2009-03-16', 'morning', cba(2009, 3, 16, 9)],
    ['from UTC−2 into UTC−3, another shift', cba(2009, 3, 13, 9, 0, -2), 2, 'morning', '2009-03-16', 'night', cba(2009, 3, 16, 22)],
    ['the same cell: nothing moves', cba(2026, 11, 24, 9), 2, 'morning', '2026-11-24', 'morning', cba(2026, 11, 24, 9)],
  ] as const)('%s', (_, start, hours, shift, date, targetShift, expected) => {
    const moved = movedTimes({ plannedStart: start, plannedEnd: start + hours * H, shift }, { date, shift: targetShift }, SHIFT_TIMES);
    expect(moved).toEqual({ plannedStart: expected, plannedEnd: expected + hours * H });
  });

  it('keeps seconds and milliseconds of the start and the exact duration', () => {
    const start = cba(2026, 11, 24, 9) + 30_500;
    const moved = movedTimes(
      { plannedStart: start, plannedEnd: start + 7_777_777, shift: 'morning' },
      { date: '2026-11-25', shift: 'morning' },
      SHIFT_TIMES,
    );
    expect(moved).toEqual({ plannedStart: cba(2026, 11, 25, 9) + 30_500, plannedEnd: cba(2026, 11, 25, 9) + 30_500 + 7_777_777 });
  });

  it('takes the shift times in force, not fixed ones', () => {
    const late = { ...SHIFT_TIMES, night: { start: '23:30', end: '07:00' } };
    const start = cba(2026, 11, 24, 9);
    expect(
      movedTimes({ plannedStart: start, plannedEnd: start + H, shift: 'morning' }, { date: '2026-11-24', shift: 'night' }, late)
        .plannedStart,
    ).toBe(cba(2026, 11, 24, 23, 30));
  });

  it('moves an operation outside every shift window from its recorded shift on its start date', () => {
    const gappy = {
      morning: { start: '08:00', end: '14:00' },
      afternoon: { start: '14:00', end: '20:00' },
      night: { start: '22:00', end: '04:00' },
    };
    const start = cba(2026, 11, 24, 21); // no window holds 21:00: shown in its recorded afternoon
    const recorded: Shift = 'afternoon';
    const sameShift = movedTimes(
      { plannedStart: start, plannedEnd: start + H, shift: recorded },
      { date: '2026-11-25', shift: 'afternoon' },
      gappy,
    );
    expect(sameShift.plannedStart).toBe(cba(2026, 11, 25, 21));
    const otherShift = movedTimes(
      { plannedStart: start, plannedEnd: start + H, shift: recorded },
      { date: '2026-11-25', shift: 'morning' },
      gappy,
    );
    expect(otherShift.plannedStart).toBe(cba(2026, 11, 25, 8));
  });

  it.each(['2026-02-29', '26-11-2026', ''])('refuses the target date %j', (date) => {
    const start = cba(2026, 11, 24, 9);
    expect(() =>
      movedTimes({ plannedStart: start, plannedEnd: start + H, shift: 'morning' }, { date, shift: 'morning' }, SHIFT_TIMES),
    ).toThrow(RangeError);
  });
});
