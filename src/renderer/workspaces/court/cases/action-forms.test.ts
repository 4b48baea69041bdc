import { describe, expect, it } from 'vitest';
import { actionProblem, checkDefence, checkNotify, checkPay, checkReassign, checkSettle, parseWhole } from './action-forms.ts';

const ID = '0190a8c0-0000-7000-8000-0000000000a1';
const TODAY = '2026-12-10';
const DUE = '2026-12-14';
const HEARING = 'cpc-mercado-de-la-ciudad~sala-1~202612100900';

describe('checkNotify', () => {
  const good = { channel: 'cidi', notifiedOn: '2026-12-09', offerUem: '200' };

  it('builds the mutation', () => {
    expect(checkNotify(ID, good, TODAY)).toEqual({
      ok: true,
      mutation: { kind: 'court_case.notify', id: ID, channel: 'cidi', notifiedOn: '2026-12-09', offerUem: 200 },
    });
    expect(checkNotify(ID, { ...good, notifiedOn: TODAY }, TODAY).ok).toBe(true);
  });

  it.each<[string, Partial<typeof good>, Record<string, string>]>([
    [
      'every field empty',
      { channel: '', notifiedOn: '', offerUem: '' },
      { channel: 'required', notifiedOn: 'required', offerUem: 'required' },
    ],
    ['a notification tomorrow', { notifiedOn: '2026-12-11' }, { notifiedOn: 'future_date' }],
    ['an impossible date', { notifiedOn: '2026-02-30' }, { notifiedOn: 'invalid_date' }],
    ['a fraction of a UEM', { offerUem: '12,5' }, { offerUem: 'not_integer' }],
    ['words for a number', { offerUem: 'doscientas' }, { offerUem: 'not_integer' }],
    ['a negative fine', { offerUem: '-1' }, { offerUem: 'out_of_range' }],
    ['an unknown channel', { channel: 'fax' }, { channel: 'invalid' }],
  ])('%s', (_, change, problems) => {
    expect(checkNotify(ID, { ...good, ...change }, TODAY)).toEqual({ ok: false, problems });
  });
});

describe('checkPay and checkDefence', () => {
  it('accept a date within the term, up to today', () => {
    expect(checkPay(ID, { paidOn: TODAY, receipt: ' R-1 ' }, TODAY, DUE)).toEqual({
      ok: true,
      mutation: { kind: 'court_case.payVoluntarily', id: ID, paidOn: TODAY, receipt: 'R-1' },
    });
    expect(checkDefence(ID, { filedOn: '2026-12-08', statement: 'No estaba ahí.' }, TODAY, DUE).ok).toBe(true);
  });

  it.each<[string, string, string, string]>([
    ['after today', '2026-12-11', TODAY, 'future_date'],
    ['after the term', '2026-12-09', '2026-12-08', 'after_due'],
  ])('refuse a date %s', (_, date, due, problem) => {
    expect(checkPay(ID, { paidOn: date, receipt: 'R-1' }, TODAY, due)).toEqual({ ok: false, problems: { paidOn: problem } });
    expect(checkDefence(ID, { filedOn: date, statement: 'x' }, TODAY, due)).toEqual({ ok: false, problems: { filedOn: problem } });
  });

  it('want a receipt and a statement', () => {
    expect(checkPay(ID, { paidOn: TODAY, receipt: '  ' }, TODAY, DUE)).toEqual({ ok: false, problems: { receipt: 'required' } });
    expect(checkDefence(ID, { filedOn: TODAY, statement: '' }, TODAY, DUE)).toEqual({ ok: false, problems: { statement: 'required' } });
  });
});

describe('checkReassign', () => {
  it('moves the case to another court with a reason', () => {
    expect(checkReassign(ID, { courtId: 'cpc-colon', reason: 'Error de barrio' }, 'cpc-centro')).toEqual({
      ok: true,
      mutation: { kind: 'court_case.reassign', id: ID, courtId: 'cpc-colon', reason: 'Error de barrio' },
    });
  });

  it.each<[string, { courtId: string; reason: string }, Record<string, string>]>([
    ['to the same court', { courtId: 'cpc-centro', reason: 'x' }, { courtId: 'same_court' }],
    ['without a reason or court', { courtId: '', reason: '' }, { courtId: 'required', reason: 'required' }],
    ['with a reason too long', { courtId: 'cpc-colon', reason: 'x'.repeat(501) }, { reason: 'too_long' }],
  ])('refuses a move %s', (_, values, problems) => {
    expect(checkReassign(ID, values, 'cpc-centro')).toEqual({ ok: false, problems });
  });
});

describe('checkSettle', () => {
  it('records what happened after the signed hearing', () => {
    expect(checkSettle(ID, HEARING, { how: 'paid', on: TODAY, note: '' }, TODAY)).toEqual({
      ok: true,
      mutation: { kind: 'court_case.settle', id: ID, hearingId: HEARING, how: 'paid', on: TODAY, note: '' },
    });
  });

  it('refuses a date after today and no choice', () => {
    expect(checkSettle(ID, HEARING, { how: '', on: '2026-12-11', note: '' }, TODAY)).toEqual({
      ok: false,
      problems: { how: 'required', on: 'future_date' },
    });
  });
});

it('reads problems and whole numbers', () => {
  expect(actionProblem('too_big', 'x')).toBe('too_long');
  expect(actionProblem('date_out_of_range', '1999-01-01')).toBe('invalid_date');
  expect(actionProblem('anything', undefined)).toBe('required');
  expect(parseWhole(' 200 ')).toBe(200);
  expect(parseWhole('')).toBeUndefined();
  expect(parseWhole('2e3')).toBeNaN();
});
