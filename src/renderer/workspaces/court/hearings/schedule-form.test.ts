// Scheduling: the default day, the proposed hearing and its conflicts before saving (the replaced hearing left
// out), the taken slot, the form's problems and the mutation it sends.
import { describe, expect, it } from 'vitest';
import type { CalendarDay, CaseView } from '../../../../shared/api/court.ts';
import type { CaseStatus } from '../../../../shared/court/case-status.ts';
import { hearingSlotId } from '../../../../shared/court/hearing-slot.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { caseAt, hearingAt, notified } from '../../../../shared/records/test-support/court-cases.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import {
  defaultHearingDate,
  proposedConflicts,
  proposedHearing,
  scheduleMutation,
  scheduleProblems,
  slotHolder,
  waitingCases,
  type ScheduleValues,
} from './schedule-form.ts';

const A = '0190a8c0-0000-7000-8000-0000000000a1';
const B = '0190a8c0-0000-7000-8000-0000000000a2';
const COURT = 'cpc-mercado-de-la-ciudad';
const at = (day: number, hour: number, minute = 0) => cordobaInstant(2026, 12, day, hour, minute);
const caseA = caseAt(A, 'term_expired', { notification: notified('2026-12-01', '2026-12-09') });
const caseB = caseAt(B, 'defence_filed', {
  number: 'TF-2026-000012',
  record: { ...caseA.record, offender: { kind: 'person', dni: '28999888', fullName: 'Ana Díaz' } },
});
const cases = new Map([caseA, caseB].map((c) => [c.id, c]));
const hearing = (caseId: string, start: number, changes: Partial<Hearing> = {}): Hearing =>
  hearingAt(caseId, 'scheduled', {
    id: hearingSlotId(COURT, changes.room ?? 'Sala 1', start),
    start,
    end: start + 30 * 60_000,
    ...changes,
  });
const day: CalendarDay = { date: '2026-12-10', businessDay: true, holiday: false, hours: { start: '08:30', end: '13:30' } };
const values: ScheduleValues = {
  caseId: A,
  courtId: COURT,
  room: 'Sala 1',
  date: '2026-12-10',
  time: '10:30',
  durationMinutes: 30,
  judge: 'Dra. María Laura Ferreyra',
  reason: '',
};

describe('schedule form', () => {
  it('offers the cases that wait for a hearing', () => {
    const view = (id: string, status: CaseStatus) => ({ case: caseAt(id, status), status }) as unknown as CaseView;
    const list = [view(A, 'defence_filed'), view(B, 'hearing_scheduled'), view('c', 'term_expired'), view('d', 'notified')];
    expect(waitingCases(list).map((v) => v.case.id)).toEqual([A, 'c']);
  });

  it.each([
    ['the next business day', '2026-12-10', null, '2026-12-11'],
    ['over a weekend', '2026-12-11', null, '2026-12-14'],
    ['after the term ends', '2026-12-01', '2026-12-09', '2026-12-10'],
    ['over a holiday', '2026-12-07', null, '2026-12-09'],
    ['a term already over', '2026-12-10', '2026-12-03', '2026-12-11'],
  ])('default day: %s', (_, today, due, expected) => expect(defaultHearingDate(today, due, new Set(['2026-12-08']))).toBe(expected));

  it('makes the proposed hearing from the values and the case', () => {
    const proposed = proposedHearing({ ...values, durationMinutes: 60 }, caseB);
    expect(proposed).toMatchObject({
      id: hearingSlotId(COURT, 'Sala 1', at(10, 10, 30)),
      caseId: B,
      caseNumber: 'TF-2026-000012',
      offenderName: 'Ana Díaz',
      start: at(10, 10, 30),
      end: at(10, 11, 30),
    });
    expect(proposedHearing({ ...values, time: '' }, caseA)).toBeNull();
    expect(proposedHearing(values, undefined)).toBeNull();
  });

  it('finds the proposed hearing’s conflicts, and leaves out the hearing it replaces', () => {
    const proposed = proposedHearing(values, caseA)!;
    const roomTaken = hearing(B, at(10, 10, 15), { judge: 'Dr. Pablo Funes' });
    const replaced = hearing(A, at(10, 9));
    const calendar = { days: [day], hearings: [roomTaken, replaced] };
    const found = proposedConflicts(proposed, calendar, cases, replaced).map((c) => [c.code, c.otherId ?? c.due ?? null]);
    expect(found).toEqual([['room_double_booked', proposed.id]]);
    const sameTime = proposedHearing({ ...values, time: '09:00', room: 'Sala 2' }, caseA)!;
    // Without the replacement, the same person would be in two hearings at 09:00.
    expect(proposedConflicts(sameTime, calendar, cases, null).map((c) => c.code)).toEqual(['judge_double_booked', 'person_double_booked']);
    expect(proposedConflicts(sameTime, calendar, cases, replaced)).toEqual([]);
  });

  it('says when the room is taken at that very minute (a cancelled hearing does not hold it)', () => {
    const proposed = proposedHearing(values, caseA)!;
    const holder = hearing(B, at(10, 10, 30));
    expect(slotHolder(proposed, [holder])).toBe(holder);
    expect(slotHolder(proposed, [{ ...holder, status: 'cancelled' }])).toBeNull();
  });

  it.each<[string, Partial<ScheduleValues>, { rescheduling: boolean; taken: boolean }, Record<string, string>]>([
    ['complete', {}, { rescheduling: false, taken: false }, {}],
    [
      'nothing chosen',
      { caseId: '', courtId: '', room: '', date: '', time: '', judge: ' ' },
      { rescheduling: false, taken: false },
      { caseId: 'required', courtId: 'required', room: 'required', date: 'required', time: 'required', judge: 'required' },
    ],
    ['a bad date', { date: '10/12/2026' }, { rescheduling: false, taken: false }, { date: 'invalid_date' }],
    ['a taken slot', {}, { rescheduling: false, taken: true }, { time: 'slot_taken' }],
    ['a reschedule without reason', {}, { rescheduling: true, taken: false }, { reason: 'required' }],
    ['a long judge name', { judge: 'x'.repeat(121) }, { rescheduling: false, taken: false }, { judge: 'too_long' }],
  ])('problems: %s', (_, changes, state, expected) => expect(scheduleProblems({ ...values, ...changes }, state)).toEqual(expected));

  it('sends hearing.schedule with the slot id, and the replaced hearing with the reason', () => {
    const proposed = proposedHearing(values, caseA)!;
    const replaced = hearing(A, at(10, 9));
    expect(scheduleMutation(proposed, replaced, ' La jueza está de licencia ')).toEqual({
      kind: 'hearing.schedule',
      id: proposed.id,
      caseId: A,
      courtId: COURT,
      room: 'Sala 1',
      judge: 'Dra. María Laura Ferreyra',
      start: at(10, 10, 30),
      end: at(10, 11),
      replaces: replaced.id,
      reason: 'La jueza está de licencia',
    });
    expect(scheduleMutation(proposed, null, '')).toMatchObject({ replaces: null, reason: null });
  });
});
