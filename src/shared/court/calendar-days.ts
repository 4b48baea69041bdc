// The days of a court's calendar as the dated settings say them on each day: a business day or not (weekend, a
// national holiday) and the hearing hours then in force — a change of hours or a new holiday shows from its date.
import type { CalendarDay } from '../api/court.ts';
import { settingOnDay, type SettingEntry } from '../settings/dated.ts';
import { addDaysIso, type IsoDate } from '../settings/iso-date.ts';
import { isBusinessDay } from './business-days.ts';

export function holidaysOn(entries: readonly SettingEntry[], day: IsoDate): ReadonlySet<IsoDate> {
  return new Set(settingOnDay(entries, 'calendar.holidays', day) ?? []);
}

export function calendarDays(entries: readonly SettingEntry[], from: IsoDate, count: number): CalendarDay[] {
  return Array.from({ length: count }, (_, i) => {
    const date = addDaysIso(from, i);
    const holidays = holidaysOn(entries, date);
    const hours = settingOnDay(entries, 'court.hearingHours', date) ?? null;
    return { date, holiday: holidays.has(date), businessDay: isBusinessDay(date, holidays), hours };
  });
}
