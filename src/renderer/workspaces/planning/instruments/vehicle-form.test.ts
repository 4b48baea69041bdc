import { describe, expect, it } from 'vitest';
import { checkVehicle, INITIAL_VEHICLE, type VehicleValues } from './vehicle-form.ts';

describe('the add-vehicle form', () => {
  it('sends the plate in its kept form, its id made from it, and the name only when given', () => {
    expect(checkVehicle({ ...INITIAL_VEHICLE, plate: 'ac-456-fg', seats: '5' })).toEqual({
      ok: true,
      mutation: { kind: 'resource.createVehicle', id: 'veh-ac-456-fg', plate: 'AC 456 FG', vehicleType: 'pickup', seats: 5 },
    });
    expect(checkVehicle({ ...INITIAL_VEHICLE, plate: 'ABC 123', label: ' Móvil 07 ', vehicleType: 'van' })).toMatchObject({
      ok: true,
      mutation: { id: 'veh-abc-123', label: 'Móvil 07', vehicleType: 'van' },
    });
  });

  it.each<[Partial<VehicleValues>, object]>([
    [{ plate: '' }, { plate: 'required' }],
    [{ plate: 'AB 12 CD' }, { plate: 'invalid_format' }],
    [{ plate: 'AB123CD', seats: '0' }, { seats: 'too_small' }],
    [{ plate: 'AB123CD', seats: '21' }, { seats: 'too_big' }],
    [{ plate: 'AB123CD', seats: '' }, { seats: 'invalid_value' }],
    [{ plate: 'AB123CD', seats: '2,5' }, { seats: 'invalid_value' }],
  ])('marks %j', (values, problems) => {
    expect(checkVehicle({ ...INITIAL_VEHICLE, ...values })).toEqual({ ok: false, problems });
  });
});
