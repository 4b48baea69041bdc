// Where a case stands, from the case and its hearing: every waiting status × every hearing state.
import { describe, expect, it } from 'vitest';
import { caseAt, hearingAt } from '../records/test-support/court-cases.ts';
import type { Hearing } from '../records/hearing-schema.ts';
import { caseStatus, currentHearing } from './effective-status.ts';

const ID = '0190a8c0-0000-7000-8000-0000000000c1';
const signed = hearingAt(ID, 'held', { signed: { by: 'jueza', at: 1 } });

describe('the effective status of a case', () => {
  it.each<[Parameters<typeof caseAt>[1], Hearing | null, string]>([
    ['term_expired', null, 'term_expired'],
    ['term_expired', hearingAt(ID, 'scheduled'), 'hearing_scheduled'],
    ['defence_filed', hearingAt(ID, 'held'), 'hearing_held'],
    ['term_expired', hearingAt(ID, 'in_absentia'), 'default_judgment'],
    ['defence_filed', signed, 'resolved'],
    ['term_expired', hearingAt(ID, 'cancelled'), 'term_expired'],
    ['term_expired', hearingAt('0190a8c0-0000-7000-8000-0000000000ff', 'scheduled'), 'term_expired'], // another case's
    ['paid', signed, 'paid'], // after the resolution the case says where it is
    ['notified', hearingAt(ID, 'scheduled'), 'notified'],
  ])('%s with %s', (status, hearing, expected) => expect(caseStatus(caseAt(ID, status), hearing)).toBe(expected));

  it('takes the latest of a case’s hearings that is neither cancelled nor an amendment', () => {
    const first = hearingAt(ID, 'cancelled', { id: 'a~sala-1~202612100900', start: 1 });
    const second = hearingAt(ID, 'held', { id: 'a~sala-1~202612110900', start: 2 });
    const amendment = hearingAt(ID, 'held', { id: 'a~sala-1~202612120900', start: 3, amends: second.id });
    expect(currentHearing(ID, [first, second, amendment])?.id).toBe(second.id);
    expect(currentHearing(ID, [first])).toBeNull();
  });
});
