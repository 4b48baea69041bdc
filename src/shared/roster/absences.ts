// Runs in: anywhere (pure). A person's absences — leave, sick leave, training — as Córdoba days, both ends
// included ('2026-12-07' … '2026-12-11' is Monday to Friday). The record keeps the days as typed (IsoDate strings
// sort like the days they name); the roster compares them with operations as instants. One person's absences never
// overlap: two that would are refused (person.ts, 'overlapping_absence'), so "away on that day" has one reason.
import { z } from 'zod';
import { IsoDateSchema, type IsoDate } from '../settings/iso-date.ts';
import { cordobaDayRange } from '../time/cordoba.ts';
import { RosterIdSchema } from './roster-id.ts';
import { ABSENCE_KINDS } from './types.ts';

/** The longest absence recorded at once: a year (a longer leave is recorded again, or the person is made inactive). */
export const ABSENCE_MAX_DAYS = 366;
/** Absences kept per person: years of them, and a bound on what one record carries. */
export const ABSENCES_MAX = 200;
export const ABSENCE_NOTE_MAX = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from `from` to `to`, both included (calendar days: DST does not apply in Córdoba, UTC arithmetic is exact). */
export const absenceDays = (from: IsoDate, to: IsoDate): number => (Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / DAY_MS + 1;

export const AbsenceSchema = z
  .object({
    id: RosterIdSchema,
    kind: z.enum(ABSENCE_KINDS),
    from: IsoDateSchema,
    /** The last day away (included). */
    to: IsoDateSchema,
    note: z.string().trim().min(1, 'required').max(ABSENCE_NOTE_MAX, 'too_long').optional(),
  })
  .strict()
  .refine((a) => a.from <= a.to, { message: 'end_before_start', path: ['to'] })
  .refine((a) => a.from > a.to || absenceDays(a.from, a.to) <= ABSENCE_MAX_DAYS, { message: 'too_long', path: ['to'] });
export type Absence = z.infer<typeof AbsenceSchema>;

type Days = Pick<Absence, 'from' | 'to'>;

/** Whether two absences share a day. */
export const absencesOverlap = (a: Days, b: Days): boolean => a.from <= b.to && b.from <= a.to;

/** [start, end) of an absence in epoch ms: from the start of its first Córdoba day to the end of its last. */
export function absenceWindow(absence: Days): [number, number] {
  return [cordobaDayRange(absence.from)![0], cordobaDayRange(absence.to)![1]];
}
