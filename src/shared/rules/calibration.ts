// Whether an instrument's official verification or calibration still holds on the day of a reading. "Valid for
// 12 months" means through the same calendar day 12 months later (Córdoba dates): verified 2025-03-10, a reading on
// 2026-03-10 counts and one on 2026-03-11 does not.
// docs/DOMAIN.md, Operation types
import { addMonthsIso, type IsoDate } from '../settings/iso-date.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';

export function verificationHolds(verifiedOn: IsoDate, validityMonths: number, readingAt: number): boolean {
  const day = cordobaIsoDate(readingAt);
  return verifiedOn <= day && day <= addMonthsIso(verifiedOn, validityMonths);
}

/** The instrument was verified after the reading: the date is wrong, not the instrument. */
export const verifiedAfter = (verifiedOn: IsoDate, readingAt: number): boolean => verifiedOn > cordobaIsoDate(readingAt);
