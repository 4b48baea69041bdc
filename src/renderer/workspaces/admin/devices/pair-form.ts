// The «Vincular equipo» form's rules: the unit the device belongs to (one the console knows) and a name to tell the
// device apart, said field by field before the hub is asked for a token.
import type { z } from 'zod';
import { MAX_DEVICE_LABEL, type PairDeviceRequestSchema } from '../../../../shared/hub-protocol/admin.ts';
import type { Checked } from '../../../writes/use-checked-form.ts';

export interface PairValues {
  /** '' until one is chosen. */
  readonly unitId: string;
  readonly label: string;
}
export type PairField = keyof PairValues;
export type PairProblem = 'required' | 'too_long';
export type PairDeviceRequest = z.infer<typeof PairDeviceRequestSchema>;

export const INITIAL_PAIR: PairValues = { unitId: '', label: '' };

export function checkPair(values: PairValues): Checked<PairField, PairProblem, PairDeviceRequest> {
  const label = values.label.trim();
  const problems: Partial<Record<PairField, PairProblem>> = {};
  if (!values.unitId) problems.unitId = 'required';
  if (!label) problems.label = 'required';
  else if (label.length > MAX_DEVICE_LABEL) problems.label = 'too_long';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, mutation: { unitId: values.unitId, label } };
}
