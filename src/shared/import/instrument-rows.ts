// Runs anywhere: the import's columns for breathalysers and sound meters (resource.create, shared/records/resource.ts).
// The id is made from the kind and the serial as the form makes it (instrumentId), so the same serial twice — in
// the file or already in the console — is the same record.
import { instrumentId } from '../records/resource.ts';
import type { InstrumentKind } from '../roster/types.ts';
import type { RowSpec } from './row-spec.ts';

const KINDS: Readonly<Record<string, InstrumentKind>> = { alcoholimetro: 'breathalyser', sonometro: 'sound_meter' };

export const INSTRUMENT_ROWS: RowSpec = {
  mutation: 'resource.create',
  key: 'serie',
  columns: [
    { header: 'tipo', cell: { type: 'choice', options: KINDS }, required: true, field: 'instrument', example: 'alcoholímetro' },
    { header: 'nombre', cell: { type: 'text' }, required: true, field: 'label', example: 'Alcoholímetro 7' },
    { header: 'serie', cell: { type: 'text' }, required: true, field: 'serial', example: 'ARBA-0042' },
    { header: 'modelo', cell: { type: 'text' }, required: false, field: 'model', example: 'Dräger Alcotest 6820' },
    { header: 'calibrado_el', cell: { type: 'date' }, required: false, field: 'calibration.on', example: '15/03/2026' },
    { header: 'certificado', cell: { type: 'text' }, required: false, field: 'calibration.certificate', example: 'INTI-2026-0042' },
  ],
  fields: (values) => {
    const kind = values['tipo'] as InstrumentKind | undefined;
    const serial = values['serie'] as string | undefined;
    const [on, certificate] = [values['calibrado_el'], values['certificado']];
    return {
      id: kind && serial ? instrumentId(kind, serial) : undefined,
      instrument: kind,
      label: values['nombre'],
      serial,
      model: values['modelo'],
      calibration: on !== undefined || certificate !== undefined ? { on, certificate } : undefined,
    };
  },
  refusalColumns: { already_exists: 'serie', invalid: 'serie', future_date: 'calibrado_el' },
};
