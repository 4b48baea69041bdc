// What each type of operation plans beyond place, time and team: the facts the promoters need on the spot and the
// result form starts from (a checkpoint's jurisdiction decides its alcohol limit; a noise check's zone its margins).
import { z } from 'zod';
import { countSchema, textSchema } from '../rules/fields.ts';
import { LICENCE_STATES } from '../rules/public-event.ts';
import { JURISDICTIONS, NOISE_ZONES } from '../settings/catalogue.ts';
import type { OperationType } from './codes.ts';

export const NOISE_TARGETS = ['venue', 'construction_site', 'road_works', 'neighbourhood'] as const;
export const VENDING_PLACES = ['public_road', 'fair'] as const;

export const TYPED_PLAN_SCHEMAS = {
  noise_check: z.object({ zone: z.enum(NOISE_ZONES), target: z.enum(NOISE_TARGETS) }).strict(),
  alcohol_test: z.object({ jurisdiction: z.enum(JURISDICTIONS), checkpoint: textSchema(120) }).strict(),
  public_event: z
    .object({ venue: textSchema(200), organiser: textSchema(200), declaredCapacity: countSchema(200_000), licence: z.enum(LICENCE_STATES) })
    .strict(),
  street_vending: z.object({ place: z.enum(VENDING_PLACES), fair: z.string().trim().max(120, 'too_long').optional() }).strict(),
  vacant_lot: z.object({ cadastralId: textSchema(40), complaint: z.string().trim().max(60, 'too_long').optional() }).strict(),
  education_session: z.object({ audience: textSchema(200), expectedAttendance: countSchema(10_000) }).strict(),
  election_oversight: z.object({ centre: textSchema(200) }).strict(),
  camera_review: z.object({ cameras: z.array(textSchema(40)).min(1, 'required').max(50, 'too_many') }).strict(),
} as const satisfies Record<OperationType, z.ZodType>;

export type TypedPlanOf<T extends OperationType> = z.output<(typeof TYPED_PLAN_SCHEMAS)[T]>;
export type TypedPlan = TypedPlanOf<OperationType>;
