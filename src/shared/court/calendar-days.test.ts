// The calendar's days under dated settings: weekends and holidays are not business days, and a change of the
// hearing hours or a holiday added later shows only from the day it takes effect.
import { describe, expect, it } from 'vitest';
import type { SettingEntry } from '../settings/dated.ts';
import { calendarDays } from './calendar-days.ts';

const SETTINGS: SettingEntry[] = [
  { key: 'court.hearingHours', effectiveFrom: '2020-01-01', value: { start: '08:30', end: '13:30' } },
  { key: 'court.hearingHours', effectiveFrom: '2026-12-09', value: { start: '09:00', end: '12:00' } },
  { key: 'calendar.holidays', effectiveFrom: '2020-01-01', value: ['2026-12-08'] },
];

describe('calendar days', () => {
  it('marks weekends and holidays and takes the hours in force each day', () => {
    const days = calendarDays(SETTINGS, '2026-12-05', 5); // Saturday … Wednesday
    expect(days.map((d) => [d.date, d.businessDay, d.holiday, d.hours?.start])).toEqual([
      ['2026-12-05', false, false, '08:30'],
      ['2026-12-06', false, false, '08:30'],
      ['2026-12-07', true, false, '08:30'],
      ['2026-12-08', false, true, '08:30'],
      ['2026-12-09', true, false, '09:00'],
    ]);
  });

  it('has no hours where the setting is missing', () => {
    expect(calendarDays([], '2026-12-07', 1)).toEqual([{ date: '2026-12-07', businessDay: true, holiday: false, hours: null }]);
  });
});
