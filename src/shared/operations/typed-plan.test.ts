import { describe, expect, it } from 'vitest';
import { TYPED_PLAN_SCHEMAS } from './typed-plan.ts';
import { OPERATION_TYPES } from './codes.ts';

describe('typed plans', () => {
  const valid: Record<(typeof OPERATION_TYPES)[number], unknown> = {
    noise_check: { zone: 'residential', target: 'venue' },
    alcohol_test: { jurisdiction: 'ring_road', checkpoint: 'Circunvalación y Av. Colón' },
    public_event: { venue: 'Club Atlético', organiser: 'Asociación Vecinal', declaredCapacity: 800, licence: 'valid' },
    street_vending: { place: 'fair', fair: 'Feria de San Vicente' },
    vacant_lot: { cadastralId: '04-05-012-034', complaint: 'APP-2231' },
    education_session: { audience: 'IPEM 25, 4.º año', expectedAttendance: 60 },
    election_oversight: { centre: 'Centro vecinal Alta Córdoba' },
    camera_review: { cameras: ['CAM-0123'] },
  };
  for (const type of OPERATION_TYPES) {
    it(`${type}: accepts a plan and refuses hostile values`, () => {
      expect(TYPED_PLAN_SCHEMAS[type].safeParse(valid[type]).success).toBe(true);
      expect(TYPED_PLAN_SCHEMAS[type].safeParse({ ...(valid[type] as object), extra: 1 }).success).toBe(false);
    });
  }

  it.each([
    ['public_event', { venue: 'x', organiser: 'y', declaredCapacity: -1, licence: 'valid' }, 'out_of_range'],
    ['public_event', { venue: 'x'.repeat(201), organiser: 'y', declaredCapacity: 1, licence: 'valid' }, 'too_long'],
    ['alcohol_test', { jurisdiction: 'moon', checkpoint: 'x' }, 'invalid_value'],
    ['camera_review', { cameras: [] }, 'required'],
  ] as const)('%s refuses %j with %s', (type, plan, code) => {
    const parsed = TYPED_PLAN_SCHEMAS[type].safeParse(plan);
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(issue.code === 'custom' || /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code).toBe(code);
  });
});
