// The «Registrar calibración» form's rules: a date (today by default, never after today) and a certificate. What the
// hub and the core check again (resource.ts's mutation) is said here before anything is sent, field by field.
import type { Checked } from '../../../writes/use-checked-form.ts';
import { IsoDateSchema } from '../../../../shared/settings/iso-date.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';

export interface CalibrateValues {
  readonly date: string;
  readonly certificate: string;
}
export type CalibrateField = keyof CalibrateValues;
export type CalibrateProblem = 'required' | 'invalid_date' | 'future_date' | 'too_long';

const CERTIFICATE_MAX = 80;

export const initialCalibrateValues = (now: number): CalibrateValues => ({ date: cordobaIsoDate(now), certificate: '' });

export function checkCalibrate(id: string, values: CalibrateValues, now: number): Checked<CalibrateField, CalibrateProblem> {
  const problems: Partial<Record<CalibrateField, CalibrateProblem>> = {};
  const date = values.date.trim();
  const certificate = values.certificate.trim();
  if (!date) problems.date = 'required';
  else if (!IsoDateSchema.safeParse(date).success) problems.date = 'invalid_date';
  else if (date > cordobaIsoDate(now)) problems.date = 'future_date';
  if (!certificate) problems.certificate = 'required';
  else if (certificate.length > CERTIFICATE_MAX) problems.certificate = 'too_long';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, mutation: { kind: 'resource.calibrate', id, calibratedOn: date, certificate } };
}
