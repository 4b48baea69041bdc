// Dates, times and numbers as the user's language writes them, always in Córdoba civil time (the
// console's users and records are in Córdoba whatever the machine's time zone is).
// es-AR: 26/11/2026, 14:05 and 1.000.000. Formatters are cached: the grid formats every visible cell.
import { CORDOBA_TZ, cordobaIsoDate } from '../../shared/time/cordoba.ts';

const DATE_TIME: Intl.DateTimeFormatOptions = {
  timeZone: CORDOBA_TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  // Spelled out: some ICU builds default es-AR to a 12-hour clock ("2:05 p. m.").
  hourCycle: 'h23',
};

const TIME: Intl.DateTimeFormatOptions = { timeZone: CORDOBA_TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...TIME, day: '2-digit', month: '2-digit' };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const dayTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const integerFormats = new Map<string, Intl.NumberFormat>();

function cached<F>(cache: Map<string, F>, locale: string, create: () => F): F {
  let format = cache.get(locale);
  if (!format) {
    format = create();
    cache.set(locale, format);
  }
  return format;
}

export function formatDateTime(epochMs: number, locale: string): string {
  return cached(dateTimeFormats, locale, () => new Intl.DateTimeFormat(locale, DATE_TIME)).format(epochMs);
}

export function formatNumber(value: number, locale: string): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/** A whole number (rounded), grouped as the language does: 1.235 km/h in es-AR. */
export function formatInteger(value: number, locale: string): string {
  return cached(integerFormats, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}

/**
 * The wall-clock time of an instant in Córdoba ("14:05"); with the day as well ("25/11, 23:50") when it is
 * not the same Córdoba day as `now`, so "since 23:50" is never read as tonight.
 */
export function formatClockTime(epochMs: number, now: number, locale: string): string {
  const sameDay = cordobaIsoDate(epochMs) === cordobaIsoDate(now);
  return sameDay
    ? cached(timeFormats, locale, () => new Intl.DateTimeFormat(locale, TIME)).format(epochMs)
    : cached(dayTimeFormats, locale, () => new Intl.DateTimeFormat(locale, DAY_TIME)).format(epochMs);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** '2026-11-27' → '27/11/2026' (es-AR), '11/27/2026' (en); anything unreadable as it is. */
export function formatIsoDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
    dateFormats.set(locale, format);
  }
  return format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
