import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../../../shared/court/case-status.ts';
import type { TermLeft } from '../../../../shared/court/deadlines.ts';
import type { MutationKind } from '../../../../shared/records/mutations.ts';
import { hearingAt } from '../../../../shared/records/test-support/court-cases.ts';
import { viewOf } from '../test-support/case-views.ts';
import { caseActions, mayChangeCases, settlementChoices, signedHearing, type CaseAction, type CaseActionInput } from './case-actions.ts';

const open: TermLeft = { state: 'open', due: '2026-12-14', businessDaysLeft: 3 };
const expired: TermLeft = { state: 'expired', due: '2026-12-14' };
const offered = { offered: true, fullCents: 216_160_000, discountPct: 40, amountCents: 129_696_000 } as const;
const everything = () => true;
const SIGNED = 'cpc-mercado-de-la-ciudad~sala-1~202612100900';

function actions(status: CaseStatus, more: Partial<CaseActionInput['view']> = {}, input: Partial<Omit<CaseActionInput, 'view'>> = {}) {
  const view = { ...viewOf(status), ...more };
  return caseActions({ view, signedHearingId: null, may: everything, ...input });
}

describe('caseActions', () => {
  it.each<[string, CaseStatus, Partial<CaseActionInput['view']>, readonly CaseAction[]]>([
    ['an incoming acta is opened', 'incoming', {}, ['open']],
    ['an opened case is notified, or moved to another court', 'opened', {}, ['notify', 'reassign']],
    [
      'a notified case in its term: pay, descargo',
      'notified',
      { term: open, offer: offered },
      ['payVoluntarily', 'fileDefence', 'reassign'],
    ],
    [
      'on its last day still both',
      'notified',
      { term: { state: 'last_day', due: '2026-12-14' }, offer: offered },
      ['payVoluntarily', 'fileDefence', 'reassign'],
    ],
    [
      'after its term: only declared expired',
      'notified',
      { term: expired, offer: { offered: false, reason: 'term_expired' } },
      ['expireTerm', 'reassign'],
    ],
    ['with a descargo it waits for a hearing', 'defence_filed', {}, ['scheduleHearing', 'reassign']],
    ['with the term expired too', 'term_expired', {}, ['scheduleHearing', 'reassign']],
    [
      'a scheduled hearing is rescheduled, not scheduled again',
      'hearing_scheduled',
      { hearing: hearingAt('0190a8c0-0000-7000-8000-0000000000a1', 'scheduled') },
      ['rescheduleHearing', 'reassign'],
    ],
    ['a held hearing waits for the signature (the hearing panel)', 'hearing_held', {}, ['reassign']],
    ['a default as well', 'default_judgment', {}, ['reassign']],
    ['a closed case has nothing left', 'closed', {}, []],
  ])('%s', (_, status, view, expected) => {
    expect(actions(status, view)).toEqual(expected);
  });

  it('settles a resolved case only with its signed hearing', () => {
    expect(actions('resolved')).toEqual(['reassign']);
    expect(actions('resolved', {}, { signedHearingId: SIGNED })).toEqual(['settle', 'reassign']);
    expect(actions('payment_plan', {}, { signedHearingId: SIGNED })).toEqual(['settle', 'reassign']);
  });

  it('does not open a notice: it is not a case', () => {
    const notice = viewOf('incoming');
    const record = { ...notice.case.record, kind: 'notice' as const, deadline: notice.case.record.occurredAt + 1 };
    expect(caseActions({ view: { ...notice, case: { ...notice.case, record } }, signedHearingId: null, may: everything })).toEqual([]);
  });

  it('offers only what the role may do', () => {
    const noHearings = (kind: MutationKind) => !kind.startsWith('hearing.');
    expect(actions('defence_filed', {}, { may: noHearings })).toEqual(['reassign']);
    expect(actions('opened', {}, { may: () => false })).toEqual([]);
  });
});

describe('settlementChoices', () => {
  it.each<[CaseStatus, readonly string[]]>([
    ['resolved', ['paid', 'payment_plan', 'appealed', 'community_work_done', 'closed']],
    ['payment_plan', ['paid']],
    ['paid', ['closed']],
    ['appealed', ['closed']],
    ['notified', []],
  ])('from %s', (status, expected) => {
    expect(settlementChoices(status)).toEqual(expected);
  });
});

describe('mayChangeCases and signedHearing', () => {
  it('knows a role that may change nothing', () => {
    expect(mayChangeCases(() => false)).toBe(false);
    expect(mayChangeCases((kind) => kind === 'hearing.schedule')).toBe(true);
  });

  it('takes the last signed hearing: an amendment supersedes the original', () => {
    const h = (id: string, at: number | null) => ({ id, signed: at === null ? null : { by: 'juez', at } });
    expect(signedHearing([])).toBeNull();
    expect(signedHearing([h('a', null)])).toBeNull();
    expect(signedHearing([h('a', 10), h('b', null)])?.id).toBe('a');
    expect(signedHearing([h('a', 10), h('b', 20), h('c', null)])?.id).toBe('b');
    expect(signedHearing([h('b', 20), h('a', 10)])?.id).toBe('b');
  });
});
