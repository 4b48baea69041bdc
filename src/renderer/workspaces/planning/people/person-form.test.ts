import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../../../../shared/records/person-schema.ts';
import { checkPerson, personValues, type PersonValues } from './person-form.ts';

const NEW: PersonValues = { ...personValues(null, 'eq-equipo-norte'), staffNumber: ' 12.345 ', name: ' Marta Ríos ' };
const ANA: PersonRecord = {
  id: 'per-1001',
  staffNumber: '1001',
  name: 'Ana Paz',
  qualifications: ['driver'],
  team: 'eq-equipo-centro',
  base: 'CPC Colón',
  contact: { phone: '351 555-0101' },
  version: 3,
};

describe('the person form', () => {
  it('sends a new person with their id from the legajo, trimmed, without the empty optional fields', () => {
    expect(checkPerson(NEW, ['mediator'], null)).toEqual({
      ok: true,
      mutation: {
        kind: 'person.create',
        id: 'per-12-345',
        staffNumber: '12.345',
        name: 'Marta Ríos',
        qualifications: ['mediator'],
        team: 'eq-equipo-norte',
      },
    });
  });

  it('sends an edit with every field, an emptied base and contact as null', () => {
    const values = { ...personValues(ANA, ''), base: ' ', phone: '' };
    expect(checkPerson(values, ['driver'], ANA)).toEqual({
      ok: true,
      mutation: {
        kind: 'person.update',
        id: 'per-1001',
        name: 'Ana Paz',
        qualifications: ['driver'],
        team: 'eq-equipo-centro',
        base: null,
        contact: null,
      },
    });
  });

  it.each<[Partial<PersonValues>, object]>([
    [
      { staffNumber: '', name: '' },
      { staffNumber: 'required', name: 'required' },
    ],
    [{ staffNumber: 'x'.repeat(21) }, { staffNumber: 'too_long' }],
    [{ phone: 'llamar a Ana' }, { phone: 'invalid_format' }],
    [{ email: 'ana@' }, { email: 'invalid_format' }],
    [{ base: 'x'.repeat(121) }, { base: 'too_long' }],
  ])('marks %j', (values, problems) => {
    expect(checkPerson({ ...NEW, ...values }, [], null)).toEqual({ ok: false, problems });
  });
});
