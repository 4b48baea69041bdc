import { describe, expect, it } from 'vitest';
import { TYPED_PLAN_SCHEMAS } from '../../../shared/operations/typed-plan.ts';
import { OPERATION_TYPES } from '../../../shared/operations/codes.ts';
import { checkSpecForm } from '../../spec-form/spec-form.ts';
import { PLAN_SPECS, planValues } from './typed-plan-specs.ts';

describe('typed plan form', () => {
  const plans = {
    noise_check: { zone: 'mixed', target: 'venue' },
    alcohol_test: { jurisdiction: 'ring_road', checkpoint: 'Circunvalación y Colón' },
    public_event: { venue: 'Club', organiser: 'Vecinal', declaredCapacity: 800, licence: 'valid' },
    street_vending: { place: 'fair', fair: 'Feria de San Vicente' },
    vacant_lot: { cadastralId: '04-05-012-034' },
    education_session: { audience: 'IPEM 25', expectedAttendance: 60 },
    election_oversight: { centre: 'Centro vecinal' },
    camera_review: { cameras: ['CAM-1', 'CAM-2'] },
  } as const;
  for (const type of OPERATION_TYPES) {
    it(`${type}: a saved plan survives the form and back`, () => {
      const checked = checkSpecForm(PLAN_SPECS[type], planValues(type, plans[type]), TYPED_PLAN_SCHEMAS[type]);
      expect(checked).toMatchObject({ ok: true, value: plans[type] });
    });
  }

  it('says which field is wrong, with the schema’s own problem', () => {
    const values = { ...planValues('public_event', plans.public_event), declaredCapacity: '-5' };
    const checked = checkSpecForm(PLAN_SPECS.public_event, values, TYPED_PLAN_SCHEMAS.public_event);
    expect(checked.ok).toBe(false);
    expect(checked.problems).toEqual({ declaredCapacity: 'out_of_range' });
  });

  it('starts a new alcohol checkpoint on city streets', () => {
    expect(planValues('alcohol_test', undefined)).toEqual({ jurisdiction: 'city', checkpoint: '' });
  });
});
