// Calendar conflicts, one table: each kind found, and the cases that are not conflicts.
import { describe, expect, it } from 'vitest';
import type { CourtCase } from '../records/court-case-schema.ts';
import type { Hearing } from '../records/hearing-schema.ts';
import { caseAt, hearingAt, notified } from '../records/test-support/court-cases.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { hearingConflicts, type CalendarRules } from './hearing-conflicts.ts';

const A = '0190a8c0-0000-7000-8000-0000000000a1';
const B = '0190a8c0-0000-7000-8000-0000000000a2';
const rules: CalendarRules = { hearingHours: () => ({ start: '08:30', end: '13:30' }), holidays: new Set(['2026-12-08']) };
const at = (day: number, hour: number, minute = 0) => cordobaInstant(2026, 12, day, hour, minute);
const hearing = (id: string, caseId: string, start: number, changes: Partial<Hearing> = {}): Hearing =>
  hearingAt(caseId, 'scheduled', { id, start, end: start + 30 * 60_000, ...changes });
const cases = (...list: CourtCase[]) => new Map(list.map((c) => [c.id, c]));
const twoPeople = cases(
  caseAt(A, 'term_expired'),
  caseAt(B, 'term_expired', {
    record: { ...caseAt(B, 'term_expired').record, offender: { kind: 'person', dni: '28999888', fullName: 'Ana Díaz' } },
  }),
);
const codes = (hearings: Hearing[], byId = twoPeople) =>
  hearingConflicts(hearings, byId, rules).map((c) => [c.code, c.hearingId, c.otherId ?? c.due ?? null]);

describe('hearing conflicts', () => {
  it('finds a room and a judge double-booked (overlapping, not only the same minute)', () => {
    const h1 = hearing('h1', A, at(10, 9));
    const h2 = hearing('h2', B, at(10, 9, 15));
    expect(codes([h1, h2])).toEqual([
      ['room_double_booked', 'h1', 'h2'],
      ['judge_double_booked', 'h1', 'h2'],
    ]);
  });

  it('finds the same person in two hearings at once, in other rooms before other judges', () => {
    const h1 = hearing('h1', A, at(10, 9));
    const h2 = hearing('h2', A, at(10, 9, 15), { room: 'Sala 2', judge: 'Dr. Pablo Funes' });
    expect(codes([h1, h2])).toEqual([['person_double_booked', 'h1', 'h2']]);
  });

  it.each([
    ['back to back is fine', [hearing('h1', A, at(10, 9)), hearing('h2', B, at(10, 9, 30))], []],
    ['a cancelled hearing takes no time', [hearing('h1', A, at(10, 9)), hearing('h2', B, at(10, 9), { status: 'cancelled' })], []],
    ['before the hearing hours', [hearing('h1', A, at(10, 8))], [['outside_hours', 'h1', null]]],
    ['ending after them', [hearing('h1', A, at(10, 13, 15))], [['outside_hours', 'h1', null]]],
    ['ending exactly at their end is fine', [hearing('h1', A, at(10, 13))], []],
    ['on a holiday', [hearing('h1', A, at(8, 9))], [['not_a_business_day', 'h1', null]]],
    ['on a Saturday', [hearing('h1', A, at(12, 9))], [['not_a_business_day', 'h1', null]]],
  ])('%s', (_, hearings, expected) => expect(codes(hearings)).toEqual(expected));

  it('a hearing on or before the day the defence term ends', () => {
    const waiting = cases(caseAt(A, 'defence_filed', { notification: notified('2026-12-03', '2026-12-11') }));
    expect(codes([hearing('h1', A, at(11, 9))], waiting)).toEqual([['before_term_end', 'h1', '2026-12-11']]);
    expect(codes([hearing('h1', A, at(14, 9))], waiting)).toEqual([]);
  });
});
