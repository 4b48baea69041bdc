// The shape of an operation as it travels between consoles and the hub, and of what a person may type into it.
// Messages are i18n keys (errors.field.*): the forms show them next to the field.
import { z } from 'zod';
import { BARRIO_NAMES } from '../geo/barrios.ts';
import { isOneOf } from '../util/one-of.ts';
import { OperationDetailsSchema } from './details.ts';
import { OPERATION_STATUSES, OPERATION_TYPES, SHIFTS } from './codes.ts';

export const MAX_ADDRESS = 200;
export const MAX_TEAM = 120;
export const MAX_RESULT_SUMMARY = 2000;
export const MAX_CANCEL_REASON = 500;
export const MAX_OPERATION_MS = 24 * 60 * 60 * 1000;
/** Plans are for 2000 … 2100: a date outside is a typing error, not a plan. */
export const PLAN_EARLIEST = Date.UTC(2000, 0, 1);
export const PLAN_LATEST = Date.UTC(2100, 0, 1);

const epochMs = z.number().int().min(0).max(7_258_118_400_000);
const planInstant = z.number().int().min(PLAN_EARLIEST, 'date_out_of_range').max(PLAN_LATEST, 'date_out_of_range');
const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

export const OperationIdSchema = z.string().uuid();

export const OperationSchema = z
  .object({
    id: OperationIdSchema,
    type: z.enum(OPERATION_TYPES),
    status: z.enum(OPERATION_STATUSES),
    barrio: z.string().min(1).max(80),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    address: z.string().max(MAX_ADDRESS),
    plannedStart: epochMs,
    plannedEnd: epochMs,
    shift: z.enum(SHIFTS),
    team: z.string().max(MAX_TEAM),
    resultSummary: z.string().max(MAX_RESULT_SUMMARY).nullable(),
    cancelReason: z.string().max(MAX_CANCEL_REASON).nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
    version: z.number().int().min(1),
    details: OperationDetailsSchema.optional(),
  })
  .strict();

/** The fields a coordinator plans: the whole plan on create, any subset on edit. */
const planFields = {
  type: z.enum(OPERATION_TYPES),
  barrio: z.string().refine((name) => isOneOf(BARRIO_NAMES, name), 'unknown_barrio'),
  address: text(MAX_ADDRESS),
  plannedStart: planInstant,
  plannedEnd: planInstant,
  shift: z.enum(SHIFTS),
  team: text(MAX_TEAM),
};

const timesInOrder = (p: { plannedStart?: number; plannedEnd?: number }) =>
  p.plannedStart === undefined || p.plannedEnd === undefined || p.plannedEnd > p.plannedStart;
const notTooLong = (p: { plannedStart?: number; plannedEnd?: number }) =>
  p.plannedStart === undefined || p.plannedEnd === undefined || p.plannedEnd - p.plannedStart <= MAX_OPERATION_MS;

export const OperationPlanSchema = z
  .object(planFields)
  .strict()
  .refine(timesInOrder, { message: 'end_before_start', path: ['plannedEnd'] })
  .refine(notTooLong, { message: 'too_long_operation', path: ['plannedEnd'] });
export type OperationPlan = z.infer<typeof OperationPlanSchema>;

export const OperationPatchSchema = z
  .object({ ...planFields, resultSummary: z.string().trim().max(MAX_RESULT_SUMMARY, 'too_long').nullable() })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing_to_change' });
export type OperationPatch = z.infer<typeof OperationPatchSchema>;

export const CancelReasonSchema = text(MAX_CANCEL_REASON);
