import { describe, expect, it } from 'vitest';
import type { IncidentPlace } from '../../../../shared/records/incident-schema.ts';
import { checkIncidentFinding, INCIDENT_FINDING_FIELDS, newIncidentFinding } from './incident-finding.ts';

const PLACE: IncidentPlace = { barrio: 'Güemes', address: 'Belgrano 800', lat: -31.4245, lng: -64.1889, precision: 'street' };
const INCIDENT = { place: PLACE, description: 'Música a volumen alto en un patio' };
// 23:40 in Córdoba.
const NOW = Date.UTC(2026, 11, 6, 2, 40);

const filled = (outcome: 'acta' | 'notice') => ({
  ...newIncidentFinding(outcome, INCIDENT, 'P-0042', NOW),
  'record.offender.dni': '30123456',
  'record.offender.fullName': 'Juan Pérez',
  'record.legalBasis.article': '92',
});

describe('the acta or notice of an incident', () => {
  it('asks the finding form’s fields but the outcome and referral, which the close decides', () => {
    const paths = INCIDENT_FINDING_FIELDS.map((spec) => spec.path);
    expect(paths).not.toContain('outcome');
    expect(paths).not.toContain('to');
    expect(paths).toEqual(
      expect.arrayContaining(['record.offender.dni', 'record.legalBasis.norm', 'record.promoterId', 'record.deadline']),
    );
  });

  it('starts from the incident: its address, its description, now, the promoter offered', () => {
    expect(newIncidentFinding('acta', INCIDENT, 'P-0042', NOW)).toMatchObject({
      outcome: 'acta',
      'record.place.address': 'Belgrano 800',
      'record.description': 'Música a volumen alto en un patio',
      'record.occurredAt': '2026-12-05T23:40',
      'record.promoterId': 'P-0042',
    });
    expect(newIncidentFinding('acta', { ...INCIDENT, place: { ...PLACE, address: null } }, '', NOW)['record.place.address']).toBe('Güemes');
  });

  it('builds an acta at the incident’s point, naming no operation', () => {
    const result = checkIncidentFinding(PLACE, filled('acta'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      outcome: 'acta',
      record: {
        kind: 'acta',
        offender: { kind: 'person', dni: '30123456', fullName: 'Juan Pérez' },
        legalBasis: { norm: 'ord_12468', article: 92 },
        place: { address: 'Belgrano 800', lat: PLACE.lat, lng: PLACE.lng },
        occurredAt: Date.UTC(2026, 11, 6, 2, 40),
        promoterId: 'P-0042',
      },
    });
    expect(result.value.outcome === 'acta' && result.value.record.operationId).toBeUndefined();
  });

  it.each([
    ['the offender’s name missing', { 'record.offender.fullName': ' ' }, 'record.offender.fullName', 'required'],
    ['a DNI that is not one', { 'record.offender.dni': '12' }, 'record.offender.dni', 'invalid_dni'],
    ['no promoter', { 'record.promoterId': '' }, 'record.promoterId', 'required'],
    ['an article past the Code’s last', { 'record.legalBasis.article': '400' }, 'record.legalBasis.article', 'out_of_range'],
  ])('says what is wrong, next to its field: %s', (_, change, field, problem) => {
    const result = checkIncidentFinding(PLACE, { ...filled('acta'), ...change });
    expect(result.ok).toBe(false);
    expect(result.problems[field]).toBe(problem);
  });

  it('a notice needs its deadline, after the finding', () => {
    expect(checkIncidentFinding(PLACE, filled('notice')).problems['record.deadline']).toBe('required');
    const result = checkIncidentFinding(PLACE, { ...filled('notice'), 'record.deadline': '2026-12-12T12:00' });
    expect(result.ok && result.value.outcome).toBe('notice');
    expect(checkIncidentFinding(PLACE, { ...filled('notice'), 'record.deadline': '2026-12-01T12:00' }).problems['record.deadline']).toBe(
      'deadline_before_finding',
    );
  });

  it('a warning says who was warned, and carries no record', () => {
    const values = newIncidentFinding('warning', INCIDENT, 'P-0042', NOW);
    expect(Object.keys(checkIncidentFinding(PLACE, values).problems)).toEqual(['offender.dni', 'offender.fullName']);
    const result = checkIncidentFinding(PLACE, { ...values, 'offender.dni': '30123456', 'offender.fullName': 'Juan Pérez' });
    expect(result.ok && result.value).toEqual({
      outcome: 'warning',
      offender: { kind: 'person', dni: '30123456', fullName: 'Juan Pérez' },
    });
  });
});
