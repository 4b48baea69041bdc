// The court-case kind's mutations, one table per step: what each does and what it refuses, with the default dated
// settings (docs/DOMAIN.md, Court procedure).
import { describe, expect, it } from 'vitest';
import { caseNumber } from '../court/case-number.ts';
import type { SettingEntry } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { newCase } from './court-case.ts';
import type { CourtCase } from './court-case-schema.ts';
import type { MutationContext } from './kind.ts';
import { applyMutation, type Mutation } from './mutations.ts';
import { ACTA, caseAt, hearingAt, notified } from './test-support/court-cases.ts';

const ID = '0190a8c0-0000-7000-8000-0000000000c1';

function context(day: [number, number, number], settings: readonly SettingEntry[] = DEFAULT_SETTINGS): MutationContext {
  let sequence = 0;
  return {
    now: cordobaInstant(...day, 10),
    by: 'secretaria',
    console: null,
    read: () => null,
    settings: () => settings,
    caseNumber: (year) => caseNumber(year, ++sequence),
  };
}
const DEC_10 = context([2026, 12, 10]);
const apply = (current: CourtCase | null, mutation: Omit<Mutation, 'id'>, ctx = DEC_10) =>
  applyMutation(current, { ...mutation, id: ID } as Mutation, ctx);

describe('opening a case', () => {
  it('numbers an incoming acta and gives it the court of its barrio’s CPC', () => {
    const applied = apply(caseAt(ID, 'incoming'), { kind: 'court_case.open' });
    expect(applied).toMatchObject({
      ok: true,
      record: {
        status: 'opened',
        number: 'TF-2026-000001',
        courtId: 'cpc-mercado-de-la-ciudad',
        competence: { why: 'barrio_cpc', uncertain: true },
        courtHistory: [{ courtId: 'cpc-mercado-de-la-ciudad', by: 'secretaria', reason: null }],
        version: 2,
      },
    });
  });

  it.each<[string, CourtCase | null, string]>([
    ['a notice', caseAt(ID, 'incoming', { record: { ...ACTA, kind: 'notice', deadline: ACTA.occurredAt + 1 } as never }), 'not_an_acta'],
    ['an opened case', caseAt(ID, 'opened'), 'invalid_transition'],
    ['no case', null, 'not_found'],
  ])('refuses %s', (_, current, reason) => expect(apply(current, { kind: 'court_case.open' })).toEqual({ ok: false, reason }));

  it('enters an acta typed at the desk as an opened case; the environmental court takes Art. 208', () => {
    const lot = { ...ACTA, legalBasis: { norm: 'ord_12468', article: 208 } } as const;
    const applied = apply(null, { kind: 'court_case.enter', origin: 'desk', record: lot, barrio: 'Centro', promoterName: null } as never);
    expect(applied).toMatchObject({ ok: true, record: { status: 'opened', origin: 'desk', courtId: 'ambiental-1', version: 1 } });
  });

  it('opens an operation’s acta at once when the court opens every acta by itself (a dated setting)', () => {
    const fields = {
      id: ID,
      origin: 'operation',
      operationId: null,
      operationType: 'alcohol_test',
      record: ACTA,
      promoterName: null,
      barrio: 'Juniors',
    } as const;
    expect(newCase(fields, DEC_10)).toMatchObject({ status: 'incoming', number: null });
    const automatic = [...DEFAULT_SETTINGS, { key: 'court.autoOpenCases', effectiveFrom: '2026-12-01', value: true } as const];
    expect(newCase(fields, context([2026, 12, 10], automatic))).toMatchObject({
      status: 'opened',
      number: 'TF-2026-000001',
      courtId: 'cpc-san-vicente',
    });
  });

  it('reassigns to another court, keeping where it was', () => {
    const applied = apply(caseAt(ID, 'notified'), { kind: 'court_case.reassign', courtId: 'ambiental-1', reason: 'Es un baldío' } as never);
    expect(applied.ok && (applied.record as CourtCase).courtHistory.map((h) => h.courtId)).toEqual([
      'cpc-mercado-de-la-ciudad',
      'ambiental-1',
    ]);
    expect(
      apply(caseAt(ID, 'notified'), { kind: 'court_case.reassign', courtId: 'cpc-mercado-de-la-ciudad', reason: 'x' } as never),
    ).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('notification and the defence term', () => {
  const notify = (notifiedOn: string, ctx = DEC_10) =>
    apply(caseAt(ID, 'opened'), { kind: 'court_case.notify', channel: 'cidi', notifiedOn, offerUem: 200 } as never, ctx);

  it.each([
    ['2026-12-03', '2026-12-11'], // alcohol: 5 business days, the 8th a holiday
    ['2026-12-10', '2026-12-17'],
  ])('notified %s: the term ends %s, the offer fixed with that day’s UEM value and discount', (notifiedOn, due) => {
    expect(notify(notifiedOn)).toMatchObject({
      ok: true,
      record: { status: 'notified', notification: { notifiedOn, due, offerUem: 200, uemValueArs: 10_808, discountPct: 40 } },
    });
  });

  it('refuses a notification in the future, or on a day without a UEM value', () => {
    expect(notify('2026-12-11')).toEqual({ ok: false, reason: 'future_date' });
    expect(notify('2025-07-01')).toEqual({ ok: false, reason: 'missing_settings' });
  });

  const notifiedCase = caseAt(ID, 'notified', { notification: notified('2026-12-03', '2026-12-11') });
  it.each<[Omit<Mutation, 'id'>, MutationContext, object]>([
    [
      { kind: 'court_case.payVoluntarily', paidOn: '2026-12-10', receipt: 'R-1' } as never,
      DEC_10,
      {
        ok: true,
        record: { status: 'paid_voluntarily', voluntaryPayment: { paidOn: '2026-12-10', amountCents: 129_696_000, receipt: 'R-1' } },
      },
    ],
    [{ kind: 'court_case.payVoluntarily', paidOn: '2026-12-12', receipt: 'R-1' } as never, DEC_10, { ok: false, reason: 'term_expired' }],
    [
      { kind: 'court_case.fileDefence', filedOn: '2026-12-11', statement: 'No era yo.' } as never,
      DEC_10,
      { ok: true, record: { status: 'defence_filed', defence: { filedOn: '2026-12-11' } } },
    ],
    [
      { kind: 'court_case.fileDefence', filedOn: '2026-12-14', statement: 'Tarde.' } as never,
      DEC_10,
      { ok: false, reason: 'term_expired' },
    ],
    [{ kind: 'court_case.expireTerm' } as never, DEC_10, { ok: false, reason: 'term_open' }],
    [{ kind: 'court_case.expireTerm' } as never, context([2026, 12, 11]), { ok: false, reason: 'term_open' }], // its last day
    [{ kind: 'court_case.expireTerm' } as never, context([2026, 12, 14]), { ok: true, record: { status: 'term_expired' } }],
  ])('%j', (mutation, ctx, expected) => expect(apply(notifiedCase, mutation, ctx)).toMatchObject(expected));

  it('the discount is lost once a descargo is filed', () => {
    const filed = caseAt(ID, 'defence_filed', { notification: notified('2026-12-03', '2026-12-11') });
    expect(apply(filed, { kind: 'court_case.payVoluntarily', paidOn: '2026-12-10', receipt: 'R-1' } as never)).toEqual({
      ok: false,
      reason: 'invalid_transition',
    });
  });
});

describe('after the resolution', () => {
  const signed = hearingAt(ID, 'held', { signed: { by: 'jueza', at: 1 } });
  const unsigned = hearingAt(ID, 'held');
  it.each([
    ['term_expired', signed, 'paid', true], // resolved: its hearing is signed
    ['defence_filed', signed, 'payment_plan', true],
    ['term_expired', unsigned, 'paid', false], // held but not signed: not resolved yet
    ['payment_plan', signed, 'paid', true],
    ['paid', signed, 'closed', true],
    ['notified', signed, 'paid', false],
    ['closed', signed, 'closed', false],
    ['paid_voluntarily', null, 'closed', true], // no hearing: paid with the discount
    ['paid', null, 'closed', true],
    ['term_expired', null, 'paid', false], // no resolution without its hearing
  ] as const)('%s with its hearing → %s: %s', (from, hearing, how, ok) => {
    const settle = { kind: 'court_case.settle', hearingId: hearing?.id ?? null, how, on: '2026-12-10', note: '' } as never;
    const withHearing: MutationContext = { ...DEC_10, read: (_entity, id) => (id === hearing?.id ? hearing : null) };
    const applied = apply(caseAt(ID, from), settle, withHearing);
    expect(applied).toMatchObject(
      ok ? { ok: true, record: { status: how, settlement: { how } } } : { ok: false, reason: 'invalid_transition' },
    );
  });
});
