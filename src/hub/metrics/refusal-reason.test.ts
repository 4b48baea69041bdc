// Which reason each refusal a hub gate can give is counted under: one table, every code decided.
import { describe, expect, it } from 'vitest';
import { HUB_ERROR_CODES } from '../../shared/hub-protocol/acks.ts';
import { ADMIN_REFUSALS } from '../../shared/hub-protocol/admin.ts';
import { refusalReason, type RefusalCode, type RefusalReason } from './refusal-reason.ts';

const CASES: [RefusalCode, RefusalReason | null][] = [
  ['invalid_input', 'malformed'],
  ['too_large', 'too_large'],
  ['rate_limited', 'rate_limited'],
  ['too_many_attempts', 'too_many_attempts'],
  ['unauthorized', 'unauthorized'],
  ['forbidden', 'forbidden'],
  ['clock_ahead', 'clock'],
  ['clock_behind', 'clock'],
  ['internal', null],
  ...ADMIN_REFUSALS.map((code): [RefusalCode, null] => [code, null]),
];

describe('refusalReason', () => {
  it.each(CASES)('%s → %s', (code, reason) => {
    expect(refusalReason(code)).toBe(reason);
  });

  it('the table above decides every code a hub ack can carry', () => {
    const decided = new Set(CASES.map(([code]) => code));
    expect(HUB_ERROR_CODES.filter((code) => !decided.has(code))).toEqual([]);
  });
});
