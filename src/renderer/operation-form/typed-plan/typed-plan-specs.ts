// The typed plan's form (shared/operations/typed-plan.ts) as spec-form fields, and the conversions between a
// saved plan and the form's strings. Labels: records:field.plan_<type>.<path>.
import { LICENCE_STATES } from '../../../shared/rules/public-event.ts';
import { NOISE_TARGETS, VENDING_PLACES } from '../../../shared/operations/typed-plan.ts';
import type { OperationType } from '../../../shared/operations/codes.ts';
import { JURISDICTIONS, NOISE_ZONES } from '../../../shared/settings/catalogue.ts';
import type { FieldSpec, SpecValues } from '../../spec-form/spec-form.ts';

export const PLAN_SPECS: Readonly<Record<OperationType, readonly FieldSpec[]>> = {
  noise_check: [
    { path: 'zone', kind: 'select', options: NOISE_ZONES },
    { path: 'target', kind: 'select', options: NOISE_TARGETS },
  ],
  alcohol_test: [
    { path: 'jurisdiction', kind: 'select', options: JURISDICTIONS, initial: 'city' },
    { path: 'checkpoint', kind: 'text', maxLength: 120, wide: true },
  ],
  public_event: [
    { path: 'venue', kind: 'text', maxLength: 200 },
    { path: 'organiser', kind: 'text', maxLength: 200 },
    { path: 'declaredCapacity', kind: 'integer', range: { min: 0, max: 200_000 } },
    { path: 'licence', kind: 'select', options: LICENCE_STATES },
  ],
  street_vending: [
    { path: 'place', kind: 'select', options: VENDING_PLACES },
    { path: 'fair', kind: 'text', maxLength: 120, optional: true, when: { path: 'place', is: ['fair'] } },
  ],
  vacant_lot: [
    { path: 'cadastralId', kind: 'text', maxLength: 40 },
    { path: 'complaint', kind: 'text', maxLength: 60, optional: true },
  ],
  education_session: [
    { path: 'audience', kind: 'text', maxLength: 200, wide: true },
    { path: 'expectedAttendance', kind: 'integer', range: { min: 0, max: 10_000 } },
  ],
  election_oversight: [{ path: 'centre', kind: 'text', maxLength: 200, wide: true }],
  camera_review: [{ path: 'cameras', kind: 'lines', wide: true }],
};

/** A saved plan as the form's strings (lists one item per line); a new form's initial values without one. */
export function planValues(type: OperationType, plan: unknown): SpecValues {
  const saved = (plan ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    PLAN_SPECS[type].map((spec) => {
      const value = saved[spec.path];
      if (value === undefined || value === null) return [spec.path, spec.initial ?? ''];
      return [spec.path, Array.isArray(value) ? value.join('\n') : String(value)];
    }),
  );
}
