import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { FINDING_OUTCOMES, FindingSchema, needsRecord } from './findings.ts';

const occurredAt = cordobaInstant(2025, 9, 1, 10);
const record = {
  offender: { kind: 'person', dni: '20.111.222', fullName: 'Juana Pérez' },
  legalBasis: { norm: 'ord_12468', article: 208 },
  place: { address: 'Av. Colón 5000', lat: -31.4, lng: -64.24 },
  occurredAt,
  description: 'Baldío con malezas y residuos.',
  evidence: [{ kind: 'photo', ref: 'ev/1.jpg' }],
  promoterId: 'P-017',
};

const message = (input: unknown) => {
  const r = FindingSchema.safeParse(input);
  return r.success ? null : { path: r.error.issues[0]?.path.join('.'), message: r.error.issues[0]?.message };
};

describe('findings', () => {
  it('grades outcomes lightest to heaviest; only notices and actas carry a record', () => {
    expect(FINDING_OUTCOMES).toEqual(['no_finding', 'guidance', 'warning', 'notice', 'acta', 'referral']);
    expect(FINDING_OUTCOMES.filter(needsRecord)).toEqual(['notice', 'acta']);
  });

  it.each<[string, unknown, { path: string | undefined; message: string | undefined } | null]>([
    ['no finding', { outcome: 'no_finding' }, null],
    ['a warning', { outcome: 'warning', comment: 'se retiró el equipo de sonido' }, null],
    ['a referral to mediation', { outcome: 'referral', to: 'community_mediation' }, null],
    ['an acta', { outcome: 'acta', record: { kind: 'acta', ...record } }, null],
    [
      'an acta under Art. 92 bis',
      { outcome: 'acta', record: { kind: 'acta', ...record, legalBasis: { norm: 'ord_12468', article: 92, suffix: 'bis' } } },
      null,
    ],
    [
      'an acta by a company',
      { outcome: 'acta', record: { kind: 'acta', ...record, offender: { kind: 'company', cuit: '30-71234567-1', name: 'X SA' } } },
      null,
    ],
    [
      'an acta against a plate',
      { outcome: 'acta', record: { kind: 'acta', ...record, offender: { kind: 'vehicle', plate: 'AB123CD' } } },
      null,
    ],
    ['an acta without record', { outcome: 'acta' }, { path: 'record', message: expect.any(String) as unknown as string }],
    [
      'a bad DNI',
      { outcome: 'acta', record: { kind: 'acta', ...record, offender: { kind: 'person', dni: '1', fullName: 'J' } } },
      { path: 'record.offender.dni', message: 'invalid_dni' },
    ],
    [
      'article 300 of the Code',
      { outcome: 'acta', record: { kind: 'acta', ...record, legalBasis: { norm: 'ord_12468', article: 300 } } },
      { path: 'record.legalBasis.article', message: 'out_of_range' },
    ],
    [
      'no promoter',
      { outcome: 'acta', record: { kind: 'acta', ...record, promoterId: '' } },
      { path: 'record.promoterId', message: 'required' },
    ],
    [
      'a notice without deadline',
      { outcome: 'notice', record: { kind: 'notice', ...record } },
      { path: 'record.deadline', message: expect.any(String) as unknown as string },
    ],
    [
      'a notice due before the finding',
      { outcome: 'notice', record: { kind: 'notice', ...record, deadline: occurredAt - 1 } },
      { path: 'record.deadline', message: 'deadline_before_finding' },
    ],
    ['a notice with deadline', { outcome: 'notice', record: { kind: 'notice', ...record, deadline: occurredAt + 3 * 86_400_000 } }, null],
    [
      '51 pieces of evidence',
      { outcome: 'acta', record: { kind: 'acta', ...record, evidence: Array(51).fill({ kind: 'photo', ref: 'x' }) } },
      { path: 'record.evidence', message: 'too_many' },
    ],
    [
      'an acta in the year 3000',
      { outcome: 'acta', record: { kind: 'acta', ...record, occurredAt: Date.UTC(3000, 0, 1) } },
      { path: 'record.occurredAt', message: 'date_out_of_range' },
    ],
    [
      'a place off the globe',
      { outcome: 'acta', record: { kind: 'acta', ...record, place: { address: 'x', lat: -91, lng: 0 } } },
      { path: 'record.place.lat', message: 'out_of_range' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(message(input)).toEqual(expected);
  });
});
