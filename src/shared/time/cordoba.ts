// Civil time in Córdoba. Argentina has used UTC−3 without DST since 2009, but it has changed before,
// so offsets come from the tz database (Intl), never from a constant. Asking Intl costs ~20 µs, and the demo's story
// and the facts ask millions of times, so the offset is asked once per UTC hour and remembered; an hour in which it
// changes (a start or end of summer time) is asked of Intl instant by instant.

export const CORDOBA_TZ = 'America/Argentina/Cordoba';

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: CORDOBA_TZ,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
});

export interface CivilTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday … 6 = Saturday
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const HOUR_MS = 3_600_000;
/** UTC hour → the offset through all of it, or null where it changes within it. Bounded: cleared when full. */
const hourOffsets = new Map<number, number | null>();
const MAX_HOURS_REMEMBERED = 200_000;

function offsetThroughHour(hour: number): number | null {
  let offset = hourOffsets.get(hour);
  if (offset === undefined) {
    const first = intlOffsetMs(hour * HOUR_MS);
    offset = first === intlOffsetMs((hour + 1) * HOUR_MS - 1_000) ? first : null;
    if (hourOffsets.size >= MAX_HOURS_REMEMBERED) hourOffsets.clear();
    hourOffsets.set(hour, offset);
  }
  return offset;
}

export function cordobaCivil(epochMs: number): CivilTime {
  const offset = offsetThroughHour(Math.floor(epochMs / HOUR_MS));
  if (offset === null) return intlCivil(epochMs);
  const wall = new Date(epochMs + offset);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
  };
}

/** The tz database's answer, as Intl gives it. */
export function intlCivil(epochMs: number): CivilTime {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter.formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday!),
  };
}

/** Offset of Córdoba civil time from UTC at that instant, in ms (e.g. −3 h). */
export function cordobaOffsetMs(epochMs: number): number {
  return offsetOf(cordobaCivil(epochMs), epochMs);
}

function intlOffsetMs(epochMs: number): number {
  return offsetOf(intlCivil(epochMs), epochMs);
}

function offsetOf(c: CivilTime, epochMs: number): number {
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant of a Córdoba wall-clock time. */
export function cordobaInstant(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  return guess - cordobaOffsetMs(guess - cordobaOffsetMs(guess));
}

/** Parses "YYYY-MM-DD" as a Córdoba calendar day; returns [start, end) in epoch ms, or null if invalid. */
export function cordobaDayRange(isoDate: string): [number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return [cordobaInstant(y, mo, d), cordobaInstant(y, mo, d + 1)];
}

/** "YYYY-MM-DD" of the Córdoba calendar day containing the instant. */
export function cordobaIsoDate(epochMs: number): string {
  const c = cordobaCivil(epochMs);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}
