import { describe, expect, it } from 'vitest';
import { OffenderSchema } from './findings.ts';
import { identityKey, identityName } from './identity.ts';

describe('identityKey', () => {
  it.each([
    [{ kind: 'person', dni: '30.111.222', fullName: 'Juan Pérez' }, 'dni:30111222', 'Juan Pérez'],
    [{ kind: 'company', cuit: '30-71234567-1', name: 'Eventos del Sur SRL' }, 'cuit:30712345671', 'Eventos del Sur SRL'],
    [{ kind: 'property', cadastralId: '03-12-045-017', address: 'J. L. de Cabrera 1450' }, 'cad:0312045017', 'J. L. de Cabrera 1450'],
    [{ kind: 'property', cadastralId: '03.12.045.017 ', address: 'J. L. de Cabrera 1450' }, 'cad:0312045017', 'J. L. de Cabrera 1450'],
    [{ kind: 'vehicle', plate: 'ab 123 cd' }, 'plate:AB123CD', 'AB123CD'],
  ])('%j → %s', (input, key, name) => {
    const offender = OffenderSchema.parse(input);
    expect(identityKey(offender)).toBe(key);
    expect(identityName(offender)).toBe(name);
  });
});
