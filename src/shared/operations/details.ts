// What an operation carries beyond its plan: who and what is reserved for it, its timeline (every status change,
// when and by whom), and — once closed — its typed result and findings. Kept together as one optional JSON part
// of the record: the grid never sorts or filters by them.
import { z } from 'zod';
import { FindingSchema } from '../rules/findings.ts';
import { OPERATION_STATUSES } from './codes.ts';
import { RosterIdSchema } from '../roster/roster-id.ts';

export const MAX_ASSIGNED_PEOPLE = 40;
export const MAX_ASSIGNED_RESOURCES = 20;
export const MAX_FINDINGS = 500;

export const AssignedSchema = z
  .object({
    people: z.array(RosterIdSchema).max(MAX_ASSIGNED_PEOPLE, 'too_many'),
    resources: z.array(RosterIdSchema).max(MAX_ASSIGNED_RESOURCES, 'too_many'),
  })
  .strict()
  .refine((a) => new Set(a.people).size === a.people.length && new Set(a.resources).size === a.resources.length, 'duplicated');
export type Assigned = z.infer<typeof AssignedSchema>;

export const TimelineEntrySchema = z
  .object({
    at: z.number().int().min(0),
    status: z.enum(OPERATION_STATUSES),
    by: z.string().max(64).nullable(),
    reason: z.string().max(500).optional(),
  })
  .strict();
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** A finding with its own id (made by the console): an acta or notice becomes a court record with that id. */
export const NumberedFindingSchema = z.object({ id: z.string().uuid(), finding: FindingSchema }).strict();
export type NumberedFinding = z.infer<typeof NumberedFindingSchema>;

export const OperationDetailsSchema = z
  .object({
    assigned: AssignedSchema.optional(),
    /** The type's own plan (typed-plan.ts), checked against the type when it is set. */
    typedPlan: z.unknown().optional(),
    timeline: z.array(TimelineEntrySchema).max(200).optional(),
    result: z.unknown().optional(),
    findings: z.array(NumberedFindingSchema).max(MAX_FINDINGS).optional(),
  })
  .strict();
export type OperationDetails = z.infer<typeof OperationDetailsSchema>;
