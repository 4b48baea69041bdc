// The demo's calendar: a span of Córdoba days as a table (calendar.ts), so that the lookups the demo makes for every
// record — which day an instant falls on, its date, its wall-clock time, its week — are a binary search instead of
// Intl (about 20 µs a call, and a demo set makes hundreds of thousands).
import { cordobaCivil, cordobaIsoDate } from '../time/cordoba.ts';
import type { IsoDate } from '../settings/iso-date.ts';
import { calendarDays, type CalendarDay } from './calendar.ts';

const MINUTE = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

export class DemoClock {
  private readonly days: readonly CalendarDay[];
  private readonly dates: readonly IsoDate[];

  /** `count` Córdoba days from the one holding `from`. */
  constructor(from: number, count: number) {
    this.days = calendarDays(from, count);
    const first = cordobaCivil(this.days[0]!.start);
    this.dates = this.days.map((_, i) => {
      const d = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    });
  }

  get length(): number {
    return this.days.length;
  }

  /** The index of the day holding `instant` (-1 before the span, length after it). */
  dayOf(instant: number): number {
    if (instant < this.days[0]!.start) return -1;
    let [lo, hi] = [0, this.days.length];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.days[mid]!.start <= instant) lo = mid;
      else hi = mid;
    }
    return lo === this.days.length - 1 && instant >= this.end(lo) ? this.days.length : lo;
  }

  start(day: number): number {
    return this.days[day]!.start;
  }

  /** The first instant after the day. */
  end(day: number): number {
    return this.days[day + 1]?.start ?? this.days[day]!.start + 24 * 60 * MINUTE;
  }

  weekday(day: number): number {
    return this.days[day]!.weekday;
  }

  date(day: number): IsoDate {
    return this.dates[day]!;
  }

  /** The index of a date's day (outside the span: below 0 or from length on). */
  dayOfDate(date: IsoDate): number {
    return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${this.dates[0]!}T00:00:00Z`)) / (24 * 60 * MINUTE));
  }

  /** The Córdoba date of an instant (Intl only outside the span). */
  isoOf(instant: number): IsoDate {
    const day = this.dayOf(instant);
    return day >= 0 && day < this.days.length ? this.dates[day]! : cordobaIsoDate(instant);
  }

  /** The instant of a wall-clock time on a day of the span; minutes past 24 h run into the next day. */
  at(day: number, minutes: number): number {
    return this.start(day) + minutes * MINUTE;
  }

  /** A number per Monday-to-Sunday week (consecutive weeks, consecutive numbers). */
  weekOf(day: number): number {
    const mondayOffset = (this.days[0]!.weekday + 6) % 7;
    return Math.floor((day + mondayOffset) / 7);
  }
}
