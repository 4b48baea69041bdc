// The hearing kind: a slot is taken once, rescheduling cancels the old slot, a default when the offender is absent,
// a judge's signature fixes the amounts with that day's UEM value and makes the hearing immutable — only an amendment
// corrects it; where the case stands follows from the two (effective-status.ts) (docs/DOMAIN.md, Court procedure).
import { describe, expect, it } from 'vitest';
import { caseNumber } from '../court/case-number.ts';
import { hearingSlotId } from '../court/hearing-slot.ts';
import type { SettingEntry } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import type { CourtCase } from './court-case-schema.ts';
import type { Hearing } from './hearing-schema.ts';
import type { Applied, MutationContext, VersionedRecord } from './kind.ts';
import { applyMutation, type Mutation } from './mutations.ts';
import { caseStatus } from '../court/effective-status.ts';
import { caseAt, HEARING_RECORD, hearingAt } from './test-support/court-cases.ts';

const CASE = '0190a8c0-0000-7000-8000-0000000000c7';
const COURT = 'cpc-mercado-de-la-ciudad';

function context(
  records: readonly VersionedRecord[],
  at = cordobaInstant(2026, 12, 10, 10),
  settings: readonly SettingEntry[] = DEFAULT_SETTINGS,
): MutationContext {
  return {
    now: at,
    by: 'jueza',
    console: null,
    read: (_entity, id) => records.find((r) => r.id === id) ?? null,
    settings: () => settings,
    caseNumber: (year) => caseNumber(year, 1),
  };
}
const apply = (current: Hearing | null, mutation: Mutation, ctx: MutationContext) =>
  applyMutation(current, mutation, ctx) as Applied<Hearing>;
/** Where the case stands with the hearing as the mutation left it. */
const standing = (courtCase: CourtCase, applied: Applied<Hearing>) => (applied.ok ? caseStatus(courtCase, applied.record) : null);

const start = cordobaInstant(2026, 12, 14, 9);
const schedule = (room = 'Sala 1', replaces: string | null = null): Mutation => ({
  kind: 'hearing.schedule',
  id: hearingSlotId(COURT, room, start),
  caseId: CASE,
  courtId: COURT,
  room,
  judge: 'Dra. María Laura Ferreyra',
  start,
  end: start + 30 * 60_000,
  replaces,
  reason: replaces ? 'La jueza pidió otra sala' : null,
});

describe('scheduling', () => {
  const waiting = caseAt(CASE, 'defence_filed', { defence: { filedOn: '2026-12-09', statement: 'No era yo.' } });

  it('books the slot: the case now stands at hearing_scheduled', () => {
    const applied = apply(null, schedule(), context([waiting]));
    expect(applied).toMatchObject({
      ok: true,
      record: { status: 'scheduled', caseNumber: 'TF-2026-000007', offenderName: 'Juan Pérez', version: 1 },
    });
    expect(standing(waiting, applied)).toBe('hearing_scheduled');
  });

  it.each<[string, Hearing | null, Mutation, VersionedRecord[], string]>([
    ['a taken slot', hearingAt(CASE, 'scheduled'), schedule(), [waiting], 'slot_taken'],
    ['an id that is not the slot', null, { ...schedule(), id: hearingSlotId(COURT, 'Sala 9', start) } as Mutation, [waiting], 'invalid'],
    ['a case not waiting for a hearing', null, schedule(), [caseAt(CASE, 'notified')], 'invalid_transition'],
    ['a case that is not there', null, schedule(), [], 'not_found'],
  ])('refuses %s', (_, current, mutation, records, reason) =>
    expect(apply(current, mutation, context(records))).toEqual({ ok: false, reason }),
  );

  it('takes a cancelled slot again', () => {
    const cancelled = hearingAt(CASE, 'cancelled', { id: schedule().id, version: 3 });
    expect(apply(cancelled, schedule(), context([waiting]))).toMatchObject({ ok: true, record: { status: 'scheduled', version: 4 } });
  });

  it('reschedules: a new slot, the old one cancelled with the reason', () => {
    const old = hearingAt(CASE, 'scheduled');
    const applied = apply(null, schedule('Sala 2', old.id), context([waiting, old]));
    expect(applied.ok && applied.derived?.find((d) => d.entity === 'hearing')?.record).toMatchObject({
      id: old.id,
      status: 'cancelled',
      history: [{ action: 'rescheduled', reason: 'La jueza pidió otra sala', other: schedule('Sala 2').id }],
    });
    expect(standing(waiting, applied)).toBe('hearing_scheduled');
  });
});

describe('holding, cancelling, signing', () => {
  const scheduled = hearingAt(CASE, 'scheduled');
  const scheduledCase = caseAt(CASE, 'term_expired');

  it('cancels: the case waits again where it was (its term expired, no descargo)', () => {
    const applied = apply(scheduled, { kind: 'hearing.cancel', id: scheduled.id, reason: 'Licencia' }, context([scheduledCase]));
    expect(applied).toMatchObject({ ok: true, record: { status: 'cancelled' } });
    expect(standing(scheduledCase, applied)).toBe('term_expired');
  });

  it.each([
    ['present', 'held', 'hearing_held'],
    ['absent', 'in_absentia', 'default_judgment'],
  ] as const)('the offender %s: the hearing is %s, the case %s', (attendance, status, caseStatus) => {
    const record = { ...HEARING_RECORD, parties: [{ ...HEARING_RECORD.parties[0]!, attendance }] };
    const applied = apply(scheduled, { kind: 'hearing.hold', id: scheduled.id, record }, context([scheduledCase]));
    expect(applied).toMatchObject({ ok: true, record: { status } });
    expect(standing(scheduledCase, applied)).toBe(caseStatus);
  });

  it('is not held before its day', () => {
    const early = context([scheduledCase], cordobaInstant(2026, 12, 9, 10));
    expect(apply(scheduled, { kind: 'hearing.hold', id: scheduled.id, record: HEARING_RECORD }, early)).toEqual({
      ok: false,
      reason: 'future_date',
    });
  });

  const held = hearingAt(CASE, 'held');
  const heldCase = caseAt(CASE, 'term_expired');

  it('a judge’s signature converts the fine at the UEM value in force that day, and resolves the case', () => {
    const raised: SettingEntry[] = [...DEFAULT_SETTINGS, { key: 'court.uemValueArs', effectiveFrom: '2026-12-01', value: 12_500 }];
    const applied = apply(held, { kind: 'hearing.sign', id: held.id }, context([heldCase], cordobaInstant(2026, 12, 10, 12), raised));
    expect(applied).toMatchObject({ ok: true, record: { signed: { by: 'jueza' } } });
    expect(applied.ok && applied.record.record?.resolution?.measures[0]).toMatchObject({
      kind: 'fine',
      fine: { uem: 200, uemValueCents: 1_250_000, amountCents: 250_000_000 },
    });
    expect(standing(heldCase, applied)).toBe('resolved');
  });

  it('refuses to sign without a resolution', () => {
    const unresolved = { ...held, record: { ...HEARING_RECORD, resolution: null } };
    expect(apply(unresolved, { kind: 'hearing.sign', id: held.id }, context([heldCase]))).toEqual({
      ok: false,
      reason: 'invalid_transition',
    });
  });

  const signed = { ...held, signed: { by: 'jueza', at: 1 } };
  it.each<Mutation>([
    { kind: 'hearing.record', id: held.id, record: HEARING_RECORD },
    { kind: 'hearing.sign', id: held.id },
    { kind: 'hearing.cancel', id: held.id, reason: 'x' },
    { kind: 'hearing.hold', id: held.id, record: HEARING_RECORD },
  ])('a signed hearing refuses %j', (mutation) =>
    expect(apply(signed, mutation, context([heldCase]))).toEqual({ ok: false, reason: 'signed' }),
  );

  it('an amendment copies the signed hearing, references it and waits for a new signature', () => {
    const id = hearingSlotId(COURT, 'Sala 4', held.start);
    const corrected = {
      ...HEARING_RECORD,
      identity: { checked: true as const, fullName: 'Juan Pérez', document: 'dni' as const, number: '30111223' },
    };
    const applied = apply(
      null,
      { kind: 'hearing.amend', id, amends: held.id, record: corrected, reason: 'Error en el DNI' },
      context([signed]),
    );
    expect(applied).toMatchObject({ ok: true, record: { id, amends: held.id, signed: null, record: corrected, version: 1 } });
    const unsigned = { kind: 'hearing.amend', id, amends: held.id, record: corrected, reason: 'x' } as const;
    expect(apply(null, unsigned, context([held]))).toEqual({ ok: false, reason: 'invalid_transition' });
  });
});
