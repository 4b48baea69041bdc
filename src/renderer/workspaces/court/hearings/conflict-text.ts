// A hearing's conflicts as sentences the desk reads at a glance: which room, judge or person is double-booked and by
// which other hearing (case number and time), why a day is not a business day, when the defence term ends. The
// rules that find the conflicts are shared (src/shared/court/hearing-conflicts.ts); this only words them. It
// returns i18n keys with their values so the words stay in the dictionaries and the choice of sentence is tested.
import type { CalendarDay } from '../../../../shared/api/court.ts';
import { weekdayOf } from '../../../../shared/court/business-days.ts';
import type { HearingConflict } from '../../../../shared/court/hearing-conflicts.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { clockTime } from './hearing-format.ts';

export type ConflictKey =
  | 'conflict.room'
  | 'conflict.roomUnknown'
  | 'conflict.judge'
  | 'conflict.judgeUnknown'
  | 'conflict.person'
  | 'conflict.personUnknown'
  | 'conflict.outsideHours'
  | 'conflict.outsideHoursUnknown'
  | 'conflict.holiday'
  | 'conflict.saturday'
  | 'conflict.sunday'
  | 'conflict.notBusinessDay'
  | 'conflict.beforeTermEnd';

/** What the sentences fill in; each sentence takes the ones it names (a type, not an interface: t() wants an index). */
export type ConflictValues = {
  readonly room?: string;
  readonly judge?: string;
  readonly offender?: string;
  readonly caseNumber?: string;
  readonly time?: string;
  readonly otherRoom?: string;
  readonly start?: string;
  readonly end?: string;
  readonly due?: string;
};

export interface ConflictLine {
  readonly key: ConflictKey;
  readonly values: ConflictValues;
}

/** The conflicts that concern one hearing, as the hearing itself or as the other of a double booking. */
export const conflictsOf = (hearingId: string, conflicts: readonly HearingConflict[]): HearingConflict[] =>
  conflicts.filter((c) => c.hearingId === hearingId || c.otherId === hearingId);

export interface ConflictContext {
  /** Every hearing the conflicts may name (the calendar's, and the proposed one). */
  readonly hearings: ReadonlyMap<string, Hearing>;
  readonly days: ReadonlyMap<string, CalendarDay>;
  /** How the dictionary writes a day ("12/12/2026"). */
  readonly formatDay: (isoDate: string) => string;
  /** Words for a case with no number yet. */
  readonly noNumber: string;
}

const DOUBLE_BOOKINGS = {
  room_double_booked: 'conflict.room',
  judge_double_booked: 'conflict.judge',
  person_double_booked: 'conflict.person',
} as const;

/** The sentence for one conflict, seen from `subject` (the hearing it is shown on). */
export function conflictLine(conflict: HearingConflict, subject: Hearing, context: ConflictContext): ConflictLine {
  switch (conflict.code) {
    case 'room_double_booked':
    case 'judge_double_booked':
    case 'person_double_booked': {
      const otherId = conflict.hearingId === subject.id ? conflict.otherId : conflict.hearingId;
      const other = otherId === undefined ? undefined : context.hearings.get(otherId);
      const key = DOUBLE_BOOKINGS[conflict.code];
      const values = { room: subject.room, judge: subject.judge, offender: subject.offenderName };
      if (!other) return { key: `${key}Unknown`, values };
      return {
        key,
        values: { ...values, caseNumber: other.caseNumber || context.noNumber, time: clockTime(other.start), otherRoom: other.room },
      };
    }
    case 'outside_hours':
      return outsideHours(subject, context);
    case 'not_a_business_day':
      return notBusinessDay(subject, context);
    case 'before_term_end':
      return { key: 'conflict.beforeTermEnd', values: { due: conflict.due ? context.formatDay(conflict.due) : '' } };
  }
}

function outsideHours(subject: Hearing, context: ConflictContext): ConflictLine {
  const hours = context.days.get(dayOf(subject))?.hours;
  return hours
    ? { key: 'conflict.outsideHours', values: { start: hours.start, end: hours.end } }
    : { key: 'conflict.outsideHoursUnknown', values: {} };
}

function notBusinessDay(subject: Hearing, context: ConflictContext): ConflictLine {
  const date = dayOf(subject);
  if (context.days.get(date)?.holiday) return { key: 'conflict.holiday', values: {} };
  const weekday = weekdayOf(date);
  if (weekday === 6) return { key: 'conflict.saturday', values: {} };
  if (weekday === 0) return { key: 'conflict.sunday', values: {} };
  return { key: 'conflict.notBusinessDay', values: {} };
}

const dayOf = (hearing: Hearing) => cordobaIsoDate(hearing.start);

/** Every sentence for one hearing, in the order the conflicts came (double bookings first, as the rules list them). */
export const conflictLines = (subject: Hearing, conflicts: readonly HearingConflict[], context: ConflictContext): ConflictLine[] =>
  conflictsOf(subject.id, conflicts).map((c) => conflictLine(c, subject, context));
