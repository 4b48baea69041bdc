// Runs anywhere: the import's columns for vehicles (resource.createVehicle, shared/records/resource.ts). The id is
// made from the plate in its kept form (vehicleId), so 'AB123CD' and 'ab 123 cd' in one file are the same vehicle.
import { vehicleId } from '../records/resource.ts';
import type { VehicleType } from '../roster/types.ts';
import type { RowSpec } from './row-spec.ts';

const TYPES: Readonly<Record<string, VehicleType>> = {
  auto: 'car',
  camioneta: 'pickup',
  furgon: 'van',
  moto: 'motorcycle',
};

export const VEHICLE_ROWS: RowSpec = {
  mutation: 'resource.createVehicle',
  key: 'patente',
  columns: [
    { header: 'patente', cell: { type: 'text' }, required: true, field: 'plate', example: 'AB 123 CD' },
    { header: 'tipo', cell: { type: 'choice', options: TYPES }, required: true, field: 'vehicleType', example: 'camioneta' },
    { header: 'asientos', cell: { type: 'integer' }, required: true, field: 'seats', example: '5' },
    { header: 'nombre', cell: { type: 'text' }, required: false, field: 'label', example: 'Móvil 07' },
  ],
  fields: (values) => {
    const plate = values['patente'] as string | undefined;
    return {
      id: plate === undefined ? undefined : vehicleId(plate),
      plate,
      vehicleType: values['tipo'],
      seats: values['asientos'],
      label: values['nombre'],
    };
  },
  refusalColumns: { already_exists: 'patente', invalid: 'patente' },
};
