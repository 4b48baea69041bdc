// «Nueva unidad»'s rules: the change it sends (id from the call sign, crew split and trimmed) and what it refuses
// field by field — a call sign a unit already has, one with no letter or digit, names too long or too many.
import { describe, expect, it } from 'vitest';
import { checkUnit, crewNames, INITIAL_UNIT, type UnitValues } from './unit-form.ts';

const KNOWN = new Set(['movil-01', 'pie-01']);
const values = (changes: Partial<UnitValues>): UnitValues => ({ ...INITIAL_UNIT, callSign: 'Móvil 21', ...changes });

describe('checkUnit', () => {
  it.each<[string, Partial<UnitValues>, object]>([
    [
      'a vehicle with its crew one a line',
      { crew: 'Ana Paz\n  Luis Gómez \n\n' },
      { kind: 'unit.create', id: 'movil-21', callSign: 'Móvil 21', unitKind: 'vehicle', crew: ['Ana Paz', 'Luis Gómez'] },
    ],
    [
      'a foot patrol with its crew separated by commas',
      { callSign: ' Pie 19 ', unitKind: 'foot', crew: 'Eva Ruiz, Juan Sosa' },
      { kind: 'unit.create', id: 'pie-19', callSign: 'Pie 19', unitKind: 'foot', crew: ['Eva Ruiz', 'Juan Sosa'] },
    ],
    ['no crew named yet', {}, { kind: 'unit.create', id: 'movil-21', callSign: 'Móvil 21', unitKind: 'vehicle' }],
  ])('sends %s', (_, changes, mutation) => {
    expect(checkUnit(values(changes), KNOWN)).toEqual({ ok: true, mutation });
  });

  it.each<[string, Partial<UnitValues>, object]>([
    ['no call sign', { callSign: '   ' }, { callSign: 'required' }],
    ['a call sign a unit already has', { callSign: 'MÓVIL 01' }, { callSign: 'already_exists' }],
    ['a call sign with no letter or digit', { callSign: '¡¡!!' }, { callSign: 'no_letters' }],
    ['a call sign too long', { callSign: 'M'.repeat(65) }, { callSign: 'too_long' }],
    ['a name too long', { crew: `Ana Paz\n${'x'.repeat(121)}` }, { crew: 'too_long' }],
    ['too many names', { crew: Array.from({ length: 21 }, (_, i) => `Persona ${i}`).join(',') }, { crew: 'too_big' }],
    ['a kind that does not exist', { unitKind: 'bicycle' as never }, { unitKind: 'invalid_value' }],
  ])('refuses %s', (_, changes, problems) => {
    expect(checkUnit(values(changes), KNOWN)).toEqual({ ok: false, problems });
  });
});

describe('crewNames', () => {
  it.each([
    ['', []],
    ['Ana Paz', ['Ana Paz']],
    ['Ana Paz,Luis Gómez\r\nEva Ruiz', ['Ana Paz', 'Luis Gómez', 'Eva Ruiz']],
    [' , \n ', []],
  ])('%j → %j', (typed, names) => {
    expect(crewNames(typed)).toEqual(names);
  });
});
