// Business days (días hábiles) of the courts: Monday to Friday, not a national holiday. Holidays are dated settings
// data ('calendar.holidays'), never a list in code: they change every year and by decree. docs/DOMAIN.md, Court
// procedure.
import { addDaysIso, type IsoDate } from '../settings/iso-date.ts';

/** 0 = Sunday … 6 = Saturday, for a calendar date (no time zone involved: a date is a date). */
export function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isBusinessDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * The day `count` business days after `from` (`from` itself does not count: a term notified on a Friday starts
 * running on the next business day). count 0 is `from` itself.
 */
export function addBusinessDays(from: IsoDate, count: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  let day = from;
  for (let left = count; left > 0;) {
    day = addDaysIso(day, 1);
    if (isBusinessDay(day, holidays)) left--;
  }
  return day;
}

/** Business days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function businessDaysBetween(from: IsoDate, to: IsoDate, holidays: ReadonlySet<IsoDate>): number {
  let count = 0;
  for (let day = addDaysIso(from, 1); day <= to; day = addDaysIso(day, 1)) if (isBusinessDay(day, holidays)) count++;
  return count;
}
