import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/operations/types.ts';
import { cordobaInstant } from '../../../shared/time/cordoba.ts';
import { checkFinding, closeIssuesToProblems, newFinding } from './closing-form.ts';
import { findingIdentity, withOutcome } from './finding-identity.ts';

const MONDAY_10H = cordobaInstant(2026, 11, 30, 10, 0);
const lot: Operation = {
  id: '0193a0b0-0000-7000-8000-000000000002',
  type: 'vacant_lot',
  status: 'in_progress',
  barrio: 'Alta Córdoba',
  lat: -31.3935,
  lng: -64.1757,
  address: 'Jerónimo Luis de Cabrera 1450',
  plannedStart: MONDAY_10H,
  plannedEnd: MONDAY_10H + 2 * 3_600_000,
  shift: 'morning',
  team: 'Baldíos Norte',
  resultSummary: null,
  cancelReason: null,
  details: { assigned: { people: ['prom-001'], resources: [] } },
  createdAt: 0,
  updatedAt: 0,
  version: 3,
};
const FINDING_ID = '0193a0b0-0000-7000-8000-0000000000f1';
const warning = (changes: Record<string, string>) => ({ ...newFinding(FINDING_ID, lot, 'prom-001').values, ...changes });

describe('who a warning is against', () => {
  it('is asked, and required: a warning without an identity is not sent', () => {
    const result = checkFinding(lot, warning({}));
    expect(result.ok).toBe(false);
    expect(Object.keys(result.problems)).toEqual(['offender.dni', 'offender.fullName']);
  });

  it.each([
    [
      'a person by DNI',
      { 'offender.dni': '30.111.222', 'offender.fullName': 'Juan Pérez' },
      { kind: 'person', dni: '30111222', fullName: 'Juan Pérez' },
    ],
    [
      'a company by CUIT',
      { 'offender.kind': 'company', 'offender.cuit': '20-12345678-6', 'offender.name': 'Corralón Norte SRL' },
      { kind: 'company', cuit: '20123456786', name: 'Corralón Norte SRL' },
    ],
    [
      'a property by its cadastral id and address',
      { 'offender.kind': 'property', 'offender.cadastralId': '03-12-045-017', 'offender.address': 'Jerónimo Luis de Cabrera 1450' },
      { kind: 'property', cadastralId: '03-12-045-017', address: 'Jerónimo Luis de Cabrera 1450' },
    ],
    ['a vehicle by its plate', { 'offender.kind': 'vehicle', 'offender.plate': 'ab 123 cd' }, { kind: 'vehicle', plate: 'AB123CD' }],
  ])('%s', (_, changes, offender) => {
    const result = checkFinding(lot, warning(changes));
    expect(result.ok && result.value).toEqual({ outcome: 'warning', offender });
  });

  it.each([
    ['offender.dni', { 'offender.dni': '12', 'offender.fullName': 'X' }, 'invalid_dni'],
    ['offender.cuit', { 'offender.kind': 'company', 'offender.cuit': '20-12345678-0', 'offender.name': 'X' }, 'invalid_cuit'],
    [
      'offender.cadastralId',
      { 'offender.kind': 'property', 'offender.cadastralId': 'lote #4', 'offender.address': 'X' },
      'invalid_cadastral_id',
    ],
    ['offender.address', { 'offender.kind': 'property', 'offender.cadastralId': '03-12-045-017' }, 'required'],
  ])('says what is wrong next to %s', (field, changes, problem) => {
    expect(checkFinding(lot, warning(changes)).problems[field]).toBe(problem);
  });

  it('a notice names a property in its record, as the court and the follow-up read it', () => {
    const values = withOutcome(
      warning({ 'offender.kind': 'property', 'offender.cadastralId': '03-12-045-017', 'offender.address': 'J. L. de Cabrera 1450' }),
      'notice',
    );
    const result = checkFinding(lot, {
      ...values,
      'record.legalBasis.article': '208',
      'record.deadline': '2026-12-03T23:59',
      'record.description': 'Malezas de más de un metro.',
    });
    expect(result.ok && result.value.outcome === 'notice' && result.value.record.offender).toEqual({
      kind: 'property',
      cadastralId: '03-12-045-017',
      address: 'J. L. de Cabrera 1450',
    });
  });

  it('takes the core’s issues on a warning’s identity back onto its field', () => {
    const draft = { id: FINDING_ID, values: warning({ 'offender.dni': '30111222', 'offender.fullName': 'Juan' }) };
    const mapped = closeIssuesToProblems(lot, {}, [draft], [{ path: 'findings.0.finding.offender.dni', code: 'invalid_dni' }]);
    expect(mapped.findings[0]).toEqual({ 'offender.dni': 'invalid_dni' });
    expect(mapped.rest).toEqual([]);
  });
});

describe('findingIdentity (what antecedentes are looked up by)', () => {
  it.each([
    [
      'a warning’s valid DNI, before the name',
      { outcome: 'warning', 'offender.kind': 'person', 'offender.dni': '30.111.222' },
      { kind: 'person', dni: '30111222' },
    ],
    ['a DNI not yet valid', { outcome: 'warning', 'offender.kind': 'person', 'offender.dni': '3011' }, null],
    [
      'an acta’s CUIT',
      { outcome: 'acta', 'record.offender.kind': 'company', 'record.offender.cuit': '20123456786' },
      { kind: 'company', cuit: '20123456786' },
    ],
    [
      'a notice’s cadastral id',
      { outcome: 'notice', 'record.offender.kind': 'property', 'record.offender.cadastralId': '03-12-045-017' },
      { kind: 'property', cadastralId: '03-12-045-017' },
    ],
    [
      'a plate',
      { outcome: 'acta', 'record.offender.kind': 'vehicle', 'record.offender.plate': 'ABC123' },
      { kind: 'vehicle', plate: 'ABC123' },
    ],
    ['the other outcome’s fields do not count', { outcome: 'acta', 'offender.kind': 'person', 'offender.dni': '30111222' }, null],
    ['guidance names nobody', { outcome: 'guidance', 'offender.kind': 'person', 'offender.dni': '30111222' }, null],
  ])('%s', (_, values, identity) => {
    expect(findingIdentity(values)).toEqual(identity);
  });
});

describe('withOutcome', () => {
  const typed = { outcome: 'warning', 'offender.kind': 'company', 'offender.cuit': '20123456786', 'offender.name': 'Corralón Norte SRL' };

  it('carries the identity typed for a warning into an acta’s record, and back', () => {
    const acta = withOutcome(typed, 'acta');
    expect(acta).toMatchObject({
      outcome: 'acta',
      'record.offender.kind': 'company',
      'record.offender.cuit': '20123456786',
      'record.offender.name': 'Corralón Norte SRL',
    });
    expect(withOutcome({ ...acta, 'record.offender.name': 'Corralón Norte S.R.L.' }, 'warning')).toMatchObject({
      outcome: 'warning',
      'offender.name': 'Corralón Norte S.R.L.',
    });
  });

  it('changes only the outcome between a notice and an acta, or to an outcome without identity', () => {
    expect(withOutcome({ ...typed, outcome: 'notice' }, 'acta')).toEqual({ ...typed, outcome: 'acta' });
    expect(withOutcome(typed, 'guidance')).toEqual({ ...typed, outcome: 'guidance' });
  });
});
