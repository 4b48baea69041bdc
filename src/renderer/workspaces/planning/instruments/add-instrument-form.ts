// The «Agregar instrumento» form's rules: its kind, name and serial (its id is made from kind and serial, so a serial
// already added is refused by the hub), a model if known, and its last calibration — a day not after today and its
// certificate — or none. Said field by field before anything is sent, as resource.ts's mutation checks again.
import type { Checked } from '../../../writes/use-checked-form.ts';
import { instrumentId } from '../../../../shared/records/resource.ts';
import type { InstrumentKind } from '../../../../shared/roster/types.ts';
import { IsoDateSchema } from '../../../../shared/settings/iso-date.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';

export interface AddInstrumentValues {
  readonly instrument: InstrumentKind;
  readonly label: string;
  readonly serial: string;
  readonly model: string;
  /** '' for no calibration recorded yet. */
  readonly calibratedOn: string;
  readonly certificate: string;
}
export type AddInstrumentField = Exclude<keyof AddInstrumentValues, 'instrument'>;
export type AddInstrumentProblem = 'required' | 'too_long' | 'invalid_date' | 'future_date' | 'certificate_without_date';

export const INITIAL_ADD_INSTRUMENT: AddInstrumentValues = {
  instrument: 'breathalyser',
  label: '',
  serial: '',
  model: '',
  calibratedOn: '',
  certificate: '',
};

const LIMITS: Readonly<Record<'label' | 'serial' | 'model' | 'certificate', number>> = {
  label: 120,
  serial: 60,
  model: 80,
  certificate: 80,
};

export function checkAddInstrument(values: AddInstrumentValues, now: number): Checked<AddInstrumentField, AddInstrumentProblem> {
  const v = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])) as unknown as AddInstrumentValues;
  const problems: Partial<Record<AddInstrumentField, AddInstrumentProblem>> = {};
  for (const field of ['label', 'serial', 'model', 'certificate'] as const)
    if (v[field].length > LIMITS[field]) problems[field] = 'too_long';
  for (const field of ['label', 'serial'] as const) if (!v[field]) problems[field] = 'required';
  if (v.calibratedOn) {
    if (!IsoDateSchema.safeParse(v.calibratedOn).success) problems.calibratedOn = 'invalid_date';
    else if (v.calibratedOn > cordobaIsoDate(now)) problems.calibratedOn = 'future_date';
    if (!v.certificate) problems.certificate = 'required';
  } else if (v.certificate) problems.calibratedOn = 'certificate_without_date';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    mutation: {
      kind: 'resource.create',
      id: instrumentId(v.instrument, v.serial),
      instrument: v.instrument,
      label: v.label,
      serial: v.serial,
      ...(v.model ? { model: v.model } : {}),
      ...(v.calibratedOn ? { calibration: { on: v.calibratedOn, certificate: v.certificate } } : {}),
    },
  };
}
