// What is wrong with a court's calendar, explained (docs/DOMAIN.md, Court procedure): a room or a judge with two
// hearings at once, the same person in two hearings at once, a hearing outside the hearing hours or on a day the
// courts do not sit, and a hearing before the defence term has run out. Conflicts are shown, not refused — the
// desk decides (a room booked twice at the same minute is the one thing the hub refuses: the slot is the id).
import type { CourtCase } from '../records/court-case-schema.ts';
import type { Hearing } from '../records/hearing-schema.ts';
import type { DailyWindow } from '../settings/time-of-day.ts';
import { cordobaCivil, cordobaIsoDate } from '../time/cordoba.ts';
import { isBusinessDay } from './business-days.ts';
import { identityKey } from '../rules/identity.ts';

export const HEARING_CONFLICT_CODES = [
  'room_double_booked',
  'judge_double_booked',
  'person_double_booked',
  'outside_hours',
  'not_a_business_day',
  'before_term_end',
] as const;
export type HearingConflictCode = (typeof HEARING_CONFLICT_CODES)[number];

export interface HearingConflict {
  readonly code: HearingConflictCode;
  readonly hearingId: string;
  /** The other hearing of a double booking. */
  readonly otherId?: string;
  /** The day the defence term ends (before_term_end). */
  readonly due?: string;
}

export interface CalendarRules {
  /** The hearing hours in force on a Córdoba day. */
  readonly hearingHours: (day: string) => DailyWindow | undefined;
  readonly holidays: ReadonlySet<string>;
}

const active = (h: Hearing) => h.status !== 'cancelled' && h.amends === null;
const overlap = (a: Hearing, b: Hearing) => a.start < b.end && b.start < a.end;
const minuteOfDay = (epochMs: number) => {
  const c = cordobaCivil(epochMs);
  return c.hour * 60 + c.minute;
};
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Who a case is against, to find the same person in two hearings. */
function offenderKey(courtCase: CourtCase | undefined): string | null {
  const offender = courtCase?.record.offender;
  return offender ? identityKey(offender) : null;
}

/** The conflicts of `hearings` (cancelled ones and amendments take no time); cases by id, for people and terms. */
export function hearingConflicts(
  hearings: readonly Hearing[],
  cases: ReadonlyMap<string, CourtCase>,
  rules: CalendarRules,
): HearingConflict[] {
  const live = hearings.filter(active).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const conflicts: HearingConflict[] = [];
  live.forEach((hearing, i) => {
    for (const other of live.slice(i + 1)) {
      if (other.start >= hearing.end) break; // sorted by start: nothing later overlaps
      if (!overlap(hearing, other)) continue;
      const pair = { hearingId: hearing.id, otherId: other.id };
      if (hearing.courtId === other.courtId && hearing.room === other.room) conflicts.push({ code: 'room_double_booked', ...pair });
      if (hearing.judge === other.judge) conflicts.push({ code: 'judge_double_booked', ...pair });
      const person = offenderKey(cases.get(hearing.caseId));
      if (person && person === offenderKey(cases.get(other.caseId))) conflicts.push({ code: 'person_double_booked', ...pair });
    }
    const day = cordobaIsoDate(hearing.start);
    const hours = rules.hearingHours(day);
    const endMinute = minuteOfDay(hearing.end - 1) + 1;
    if (
      hours &&
      (minuteOfDay(hearing.start) < minutes(hours.start) || endMinute > minutes(hours.end) || cordobaIsoDate(hearing.end - 1) !== day)
    )
      conflicts.push({ code: 'outside_hours', hearingId: hearing.id });
    if (!isBusinessDay(day, rules.holidays)) conflicts.push({ code: 'not_a_business_day', hearingId: hearing.id });
    const due = cases.get(hearing.caseId)?.notification?.due;
    if (due && day <= due) conflicts.push({ code: 'before_term_end', hearingId: hearing.id, due });
  });
  return conflicts;
}
