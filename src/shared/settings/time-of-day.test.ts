import { describe, expect, it } from 'vitest';
import { inDailyWindow, minutesOfDay, TimeOfDaySchema } from './time-of-day.ts';

describe('time of day', () => {
  it.each([
    ['00:00', true],
    ['07:00', true],
    ['23:59', true],
    ['24:00', false],
    ['7:00', false],
    ['07:60', false],
    ['', false],
  ])('%j is a time of day: %s', (text, ok) => {
    expect(TimeOfDaySchema.safeParse(text).success).toBe(ok);
  });

  it('counts minutes since midnight', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('22:30')).toBe(1350);
  });

  const day = { start: '07:00', end: '22:00' };
  const night = { start: '22:00', end: '07:00' };
  it.each([
    ['06:59', false],
    ['07:00', true],
    ['21:59', true],
    ['22:00', false],
  ])('day window 07–22 at %s: %s; the night window is the complement', (t, inDay) => {
    expect(inDailyWindow(minutesOfDay(t), day)).toBe(inDay);
    expect(inDailyWindow(minutesOfDay(t), night)).toBe(!inDay);
  });
});
