// Every pair of statuses: the steps the procedure has are allowed, every other is refused.
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, canMoveCase, isResolved, nextCaseStatuses, type CaseStatus } from './case-status.ts';

const ALLOWED: readonly (readonly [CaseStatus, CaseStatus])[] = [
  ['incoming', 'opened'],
  ['opened', 'notified'],
  ['notified', 'paid_voluntarily'],
  ['notified', 'defence_filed'],
  ['notified', 'term_expired'],
  ['paid_voluntarily', 'closed'],
  ['defence_filed', 'hearing_scheduled'],
  ['term_expired', 'hearing_scheduled'],
  ['hearing_scheduled', 'hearing_held'],
  ['hearing_scheduled', 'default_judgment'],
  ['hearing_scheduled', 'defence_filed'],
  ['hearing_scheduled', 'term_expired'],
  ['hearing_held', 'resolved'],
  ['default_judgment', 'resolved'],
  ['resolved', 'paid'],
  ['resolved', 'payment_plan'],
  ['resolved', 'appealed'],
  ['resolved', 'community_work_done'],
  ['resolved', 'closed'],
  ['payment_plan', 'paid'],
  ['paid', 'closed'],
  ['appealed', 'closed'],
  ['community_work_done', 'closed'],
];
const allowed = new Set(ALLOWED.map(([from, to]) => `${from}→${to}`));
const EVERY_PAIR = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const));

describe('the case lifecycle', () => {
  it.each(EVERY_PAIR)('%s → %s', (from, to) => {
    expect(canMoveCase(from, to)).toBe(allowed.has(`${from}→${to}`));
  });

  it('lists exactly the allowed steps from each status, and a closed case has none', () => {
    for (const from of CASE_STATUSES) {
      expect([...nextCaseStatuses(from)].sort()).toEqual(
        ALLOWED.filter(([f]) => f === from)
          .map(([, to]) => to)
          .sort(),
      );
    }
    expect(nextCaseStatuses('closed')).toEqual([]);
  });

  it('reaches closed from incoming along every path (no dead end before it)', () => {
    const reachesClosed = (status: CaseStatus, seen = new Set<CaseStatus>()): boolean =>
      status === 'closed' ||
      (!seen.has(status) && nextCaseStatuses(status).some((next) => reachesClosed(next, new Set([...seen, status]))));
    for (const status of CASE_STATUSES) expect(reachesClosed(status)).toBe(true);
  });

  it.each<[CaseStatus, boolean]>([
    ['hearing_held', false],
    ['default_judgment', false],
    ['resolved', true],
    ['payment_plan', true],
    ['closed', true],
  ])('%s is resolved: %s', (status, expected) => expect(isResolved(status)).toBe(expected));
});
