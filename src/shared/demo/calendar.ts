// A table of Córdoba calendar days, computed once, so that generating a million timestamps needs no
// time-zone arithmetic per row (Intl is slow; the offset only changes at day boundaries anyway).
import { cordobaCivil, cordobaInstant } from '../time/cordoba.ts';

export interface CalendarDay {
  readonly start: number; // epoch ms of 00:00 in Córdoba
  readonly weekday: number; // 0 = Sunday … 6 = Saturday
}

export function calendarDays(firstDayStart: number, count: number): CalendarDay[] {
  const first = cordobaCivil(firstDayStart);
  const days: CalendarDay[] = [];
  for (let i = 0; i < count; i++) {
    const start = cordobaInstant(first.year, first.month, first.day + i);
    days.push({ start, weekday: (first.weekday + i) % 7 });
  }
  return days;
}
