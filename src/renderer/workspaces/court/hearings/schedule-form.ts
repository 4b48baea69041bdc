// Scheduling (or rescheduling) a hearing: the form's values, the hearing they would make, its conflicts before it is
// saved, and the 'hearing.schedule' mutation. The conflicts come from the shared rules (hearing-conflicts.ts) run
// over the day's hearings of every court (a judge or a person may be booked in another court) plus the proposed
// one; the hearing it replaces is left out, since saving cancels it. The desk may book despite a conflict — the
// rules explain, the clerk decides — but not a room already taken at that minute: the slot is the record's id, and
// the hub would refuse it (slot_taken).
import type { CaseView, CourtCalendar } from '../../../../shared/api/court.ts';
import { addDaysIso, type IsoDate } from '../../../../shared/settings/iso-date.ts';
import { isBusinessDay } from '../../../../shared/court/business-days.ts';
import { hearingConflicts, type CalendarRules, type HearingConflict } from '../../../../shared/court/hearing-conflicts.ts';
import { hearingSlotId } from '../../../../shared/court/hearing-slot.ts';
import type { CourtCase } from '../../../../shared/records/court-case-schema.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { slotInstant } from './calendar-model.ts';
import { identityName } from '../../../../shared/rules/identity.ts';

export interface ScheduleValues {
  readonly caseId: string;
  readonly courtId: string;
  readonly room: string;
  readonly date: string;
  /** "HH:MM", a slot of the hearing hours. */
  readonly time: string;
  readonly durationMinutes: number;
  readonly judge: string;
  readonly reason: string;
}

export type ScheduleField = keyof ScheduleValues;
export type ScheduleProblem = 'required' | 'too_long' | 'invalid_date' | 'slot_taken';
export const DURATIONS = [30, 60, 90, 120] as const;
const MAX_JUDGE = 120;
const MAX_REASON = 500;

/** Cases that wait for a hearing, by where they stand today (the case joined with its hearings). */
export const waitingCases = (cases: readonly CaseView[]): CaseView[] =>
  cases.filter((view) => view.status === 'defence_filed' || view.status === 'term_expired');

/** The first business day after both today and the defence term's last day (a hearing before it is a conflict). */
export function defaultHearingDate(today: IsoDate, due: IsoDate | null, holidays: ReadonlySet<IsoDate>): IsoDate {
  let day = addDaysIso(due !== null && due > today ? due : today, 1);
  while (!isBusinessDay(day, holidays)) day = addDaysIso(day, 1);
  return day;
}

/** The calendar answer as the conflict rules read it. */
export function calendarRules(calendar: Pick<CourtCalendar, 'days'>): CalendarRules {
  const days = new Map(calendar.days.map((d) => [d.date, d]));
  return {
    hearingHours: (day) => days.get(day)?.hours ?? undefined,
    holidays: new Set(calendar.days.filter((d) => d.holiday).map((d) => d.date)),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The hearing the values would make; null while they cannot make one (no case, room, date or time yet). */
export function proposedHearing(values: ScheduleValues, courtCase: CourtCase | undefined): Hearing | null {
  if (!courtCase || !values.courtId || !values.room || !DATE.test(values.date) || !TIME.test(values.time)) return null;
  const start = slotInstant(values.date, values.time);
  const offender = courtCase.record.offender;
  return {
    id: hearingSlotId(values.courtId, values.room, start),
    caseId: courtCase.id,
    caseNumber: courtCase.number ?? '',
    offenderName: identityName(offender),
    courtId: values.courtId,
    room: values.room,
    judge: values.judge.trim(),
    start,
    end: start + values.durationMinutes * 60_000,
    status: 'scheduled',
    history: [],
    record: null,
    signed: null,
    amends: null,
    version: 1,
  };
}

/** The live hearing that already holds the proposed slot (the same room at the same minute), if any. */
export const slotHolder = (proposed: Hearing, hearings: readonly Hearing[]): Hearing | null =>
  hearings.find((h) => h.id === proposed.id && h.status !== 'cancelled') ?? null;

/** The proposed hearing's conflicts with the day's hearings (the replaced one left out: saving cancels it). */
export function proposedConflicts(
  proposed: Hearing,
  calendar: Pick<CourtCalendar, 'days' | 'hearings'>,
  cases: ReadonlyMap<string, CourtCase>,
  replaces: Hearing | null,
): HearingConflict[] {
  // An empty judge would match nobody's: the rules compare names, so it is left as typed.
  const others = calendar.hearings.filter((h) => h.id !== replaces?.id && h.id !== proposed.id);
  return hearingConflicts([...others, proposed], cases, calendarRules(calendar)).filter(
    (c) => c.hearingId === proposed.id || c.otherId === proposed.id,
  );
}

/** What keeps the values from being saved, field by field (the hub checks again). */
export function scheduleProblems(
  values: ScheduleValues,
  { rescheduling, taken }: { readonly rescheduling: boolean; readonly taken: boolean },
): Partial<Record<ScheduleField, ScheduleProblem>> {
  const problems: Partial<Record<ScheduleField, ScheduleProblem>> = {};
  if (!values.caseId) problems.caseId = 'required';
  if (!values.courtId) problems.courtId = 'required';
  if (!values.room) problems.room = 'required';
  if (!DATE.test(values.date)) problems.date = values.date ? 'invalid_date' : 'required';
  if (!TIME.test(values.time)) problems.time = 'required';
  else if (taken) problems.time = 'slot_taken';
  const judge = values.judge.trim();
  if (!judge) problems.judge = 'required';
  else if (judge.length > MAX_JUDGE) problems.judge = 'too_long';
  const reason = values.reason.trim();
  if (rescheduling && !reason) problems.reason = 'required';
  else if (reason.length > MAX_REASON) problems.reason = 'too_long';
  return problems;
}

/** The mutation that books the proposed hearing (and, when rescheduling, cancels the replaced one with the reason). */
export function scheduleMutation(proposed: Hearing, replaces: Hearing | null, reason: string): Mutation {
  const { id, caseId, courtId, room, judge, start, end } = proposed;
  return {
    kind: 'hearing.schedule',
    id,
    caseId,
    courtId,
    room,
    judge,
    start,
    end,
    replaces: replaces?.id ?? null,
    reason: reason.trim() || null,
  };
}
