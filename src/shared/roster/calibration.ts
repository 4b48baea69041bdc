// Calibration validity in calendar months, counted in Córdoba days: calibrated on 26 Nov 2025 with 12 months
// of validity, the instrument may be used until the end of 26 Nov 2026 (31 Jan + 1 month → end of 28/29 Feb).
import { cordobaCivil, cordobaInstant } from '../time/cordoba.ts';

/** The instant the calibration stops being valid: the end of the last valid Córdoba day. */
export function calibrationValidUntil(calibratedOn: number, months: number): number {
  const c = cordobaCivil(calibratedOn);
  const monthIndex = c.month - 1 + months;
  const year = c.year + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return cordobaInstant(year, month, Math.min(c.day, daysInMonth) + 1);
}
