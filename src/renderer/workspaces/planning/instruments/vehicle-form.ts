// Runs in: the renderer (pure). «Agregar vehículo» (administrators): its plate as typed ('ab123cd' is kept as
// 'AB 123 CD'), type, seats and an optional name, as the resource.createVehicle change, checked by the kind's schema
// (writes/schema-check.ts). Its id is made from the plate, so a plate already added is refused by the hub.
import { vehicleId } from '../../../../shared/records/resource.ts';
import type { VehicleType } from '../../../../shared/roster/types.ts';
import type { Checked } from '../../../writes/use-checked-form.ts';
import { checkBySchema } from '../../../writes/schema-check.ts';

export interface VehicleValues {
  readonly plate: string;
  readonly vehicleType: VehicleType;
  readonly seats: string;
  readonly label: string;
}
export type VehicleField = keyof VehicleValues;
export const VEHICLE_PROBLEMS = ['required', 'too_long', 'invalid_format', 'invalid_value', 'too_small', 'too_big'] as const;
export type VehicleProblem = (typeof VEHICLE_PROBLEMS)[number];

export const INITIAL_VEHICLE: VehicleValues = { plate: '', vehicleType: 'pickup', seats: '5', label: '' };

const fieldOf = (path: readonly PropertyKey[]): VehicleField => {
  const field = String(path[0]);
  return field === 'vehicleType' || field === 'seats' || field === 'label' ? field : 'plate';
};

export function checkVehicle(values: VehicleValues): Checked<VehicleField, VehicleProblem> {
  const label = values.label.trim();
  const seats = values.seats.trim() === '' ? Number.NaN : Number(values.seats);
  const mutation = {
    kind: 'resource.createVehicle',
    id: vehicleId(values.plate),
    plate: values.plate,
    vehicleType: values.vehicleType,
    seats,
    ...(label ? { label } : {}),
  };
  return checkBySchema(mutation, fieldOf, VEHICLE_PROBLEMS, 'invalid_value');
}
