// Civil dates for the roster specs: whole days added, and next week's Monday in Córdoba (the demo's instruments are
// valid then, except the lapsed ones).
import { cordobaInstant, cordobaIsoDate } from '../../src/shared/time/cordoba.ts';

/** Civil date 'YYYY-MM-DD' moved by whole days. */
export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Monday of next week in Córdoba. */
export function nextMonday(): string {
  const today = cordobaIsoDate(Date.now());
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  return addDays(today, 7 - weekday);
}

/** The instant of `hour` o'clock in Córdoba on a civil date. */
export function atHour(iso: string, hour: number): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return cordobaInstant(y, m, d, hour);
}
