import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { calibrationValidUntil } from './calibration.ts';
import { cordobaWeek, parseClock, parseShiftTimes, shiftCell, shiftOccurrence } from './shifts.ts';

const SHIFTS = parseShiftTimes({
  morning: { start: '06:00', end: '14:00' },
  afternoon: { start: '14:00', end: '22:00' },
  night: { start: '22:00', end: '06:00' },
});
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('shifts', () => {
  it.each([
    // Córdoba wall clock → [civil day the shift started, shift index]
    [
      [2026, 11, 26, 6, 0],
      [day(2026, 11, 26), 0],
    ],
    [
      [2026, 11, 26, 13, 59],
      [day(2026, 11, 26), 0],
    ],
    [
      [2026, 11, 26, 14, 0],
      [day(2026, 11, 26), 1],
    ],
    [
      [2026, 11, 26, 22, 0],
      [day(2026, 11, 26), 2],
    ],
    [
      [2026, 11, 27, 5, 59],
      [day(2026, 11, 26), 2],
    ], // after midnight: the previous night
    [
      [2026, 12, 1, 2, 0],
      [day(2026, 11, 30), 2],
    ], // across a month end
    [
      [2009, 1, 15, 23, 0],
      [day(2009, 1, 15), 2],
    ], // UTC−2 (summer time of 2008–09)
  ] as const)('%j is in %j', ([y, m, d, h, min], [civilDay, shift]) => {
    expect(shiftOccurrence(cordobaInstant(y, m, d, h, min), SHIFTS)).toBe(civilDay * 3 + shift);
  });

  it.each([
    [[2026, 11, 26, 9], 'night', { date: '2026-11-26', shift: 'morning' }], // the window decides, not the recorded shift
    [[2026, 11, 27, 2], 'night', { date: '2026-11-26', shift: 'night' }],
    [[2026, 12, 1, 0], 'night', { date: '2026-11-30', shift: 'night' }],
  ] as const)('%j (recorded %s) is shown in %j', ([y, m, d, h], recorded, cell) => {
    expect(shiftCell(cordobaInstant(y, m, d, h), recorded, SHIFTS)).toEqual(cell);
  });

  it('a time no shift window holds belongs to none', () => {
    const gappy = parseShiftTimes({
      morning: { start: '08:00', end: '14:00' },
      afternoon: { start: '14:00', end: '20:00' },
      night: { start: '22:00', end: '04:00' },
    });
    expect(shiftOccurrence(cordobaInstant(2026, 11, 26, 21), gappy)).toBeNull();
    expect(shiftOccurrence(cordobaInstant(2026, 11, 26, 5), gappy)).toBeNull();
    // Shown in its recorded shift on its Córdoba start date.
    expect(shiftCell(cordobaInstant(2026, 11, 26, 21), 'afternoon', gappy)).toEqual({ date: '2026-11-26', shift: 'afternoon' });
  });

  it.each(['24:00', '7:00', '07:60', '', '07:00:00'])('refuses the clock time %j', (hhmm) => {
    expect(() => parseClock(hhmm)).toThrow(RangeError);
  });

  it.each([
    ['2026-11-23', '2026-11-23'], // a Monday is its own week's start
    ['2026-11-29', '2026-11-23'], // Sunday
    ['2026-01-01', '2025-12-29'], // across a year end
  ])('the week of %s starts on %s', (iso, monday) => {
    const [y, m, d] = monday.split('-').map(Number) as [number, number, number];
    expect(cordobaWeek(iso)).toEqual({ start: cordobaInstant(y, m, d), end: cordobaInstant(y, m, d + 7) });
  });

  it('refuses an impossible date', () => {
    expect(() => cordobaWeek('2026-02-29')).toThrow(RangeError);
  });
});

describe('calibration validity', () => {
  it.each([
    // calibrated (Córdoba)      months  valid until the end of
    [[2025, 11, 26, 10], 12, [2026, 11, 26]],
    [[2025, 11, 26, 23], 12, [2026, 11, 26]], // late in the evening: still a Córdoba date, not the UTC one
    [[2026, 1, 31, 12], 1, [2026, 2, 28]], // no 31 February
    [[2024, 2, 29, 12], 12, [2025, 2, 28]],
    [[2023, 12, 31, 12], 2, [2024, 2, 29]],
    [[2025, 6, 15, 12], 24, [2027, 6, 15]],
  ] as const)('%j + %i months → end of %j', ([y, m, d, h], months, [uy, um, ud]) => {
    expect(calibrationValidUntil(cordobaInstant(y, m, d, h), months)).toBe(cordobaInstant(uy, um, ud + 1));
  });
});
