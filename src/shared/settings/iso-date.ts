// Calendar dates ("YYYY-MM-DD", Córdoba days) for effective dates and for verifications that are valid for a number
// of months. Kept as strings: they sort like the dates they name, and they are what an administrator types.
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Settings and records are for 2000 … 2100: a date outside is a typing error (the year 3000), not data. */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';

function parts(iso: string): [number, number, number] | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return [y, mo, d];
}

export const IsoDateSchema = z
  .string()
  .refine((s) => parts(s) !== null, 'invalid_date')
  .refine((s) => s >= EARLIEST_DATE && s <= LATEST_DATE, 'date_out_of_range');
export type IsoDate = z.infer<typeof IsoDateSchema>;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The same day `months` later; a day the target month lacks clamps to its last day (2024-02-29 + 12 → 2025-02-28),
 * which is how "valid for 12 months" is read: never a day longer than the calendar allows.
 */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  const p = parts(iso);
  if (!p) throw new RangeError(`not an ISO date: ${iso}`);
  const [y, mo, d] = p;
  const index = y * 12 + (mo - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** The date `days` calendar days later (negative goes back). */
export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  const p = parts(iso);
  if (!p) throw new RangeError(`not an ISO date: ${iso}`);
  const t = new Date(Date.UTC(p[0], p[1] - 1, p[2] + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
