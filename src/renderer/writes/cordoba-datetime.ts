// <input type="datetime-local"> values ("2026-11-26T21:30") read and written as Córdoba wall-clock time,
// whatever the machine's own time zone is: a coordinator in Córdoba plans in Córdoba time, and so does one
// working on a laptop set to UTC. Offsets come from the tz database (shared/time/cordoba.ts).
import { cordobaCivil, cordobaInstant } from '../../shared/time/cordoba.ts';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The input value showing this instant in Córdoba (minutes; seconds are dropped). */
export function toCordobaDateTimeInput(epochMs: number): string {
  const c = cordobaCivil(epochMs);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** The instant of an input value read as Córdoba time; null when it is not a real calendar date and time. */
export function fromCordobaDateTimeInput(value: string): number | null {
  const match = INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return cordobaInstant(year, month, day, hour, minute) + second * 1000;
}
