// Every change a person makes to a shared record is one of these mutations. The console applies it to its
// cache at once (optimistically) and queues it; the hub applies the same pure function (apply-mutation.ts)
// and is the judge. New kinds are added here, in MUTATION_ROLES and in applyMutation — the compiler checks
// that all three agree.
import { z } from 'zod';
import type { Unit } from '../live/units.ts';
import type { Operation } from '../operations/types.ts';
import { GENERIC_RECORD_SCHEMAS, type GenericRecord } from '../records/entities.ts';
import { UnitAssignmentSchema, UnitSchema } from '../live/hub-messages.ts';
import {
  CancelReasonSchema,
  OperationIdSchema,
  OperationPatchSchema,
  OperationPlanSchema,
  OperationSchema,
} from '../operations/operation-schema.ts';
import { AssignedSchema, MAX_FINDINGS, NumberedFindingSchema } from '../operations/details.ts';
import { OPERATION_STATUSES } from '../operations/codes.ts';
import { SettingEntrySchema } from '../settings/entry-schema.ts';

const unitId = UnitSchema.shape.id;

export const MutationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('operation.create'), id: OperationIdSchema, plan: OperationPlanSchema }).strict(),
  z.object({ kind: z.literal('operation.update'), id: OperationIdSchema, patch: OperationPatchSchema }).strict(),
  z
    .object({
      kind: z.literal('operation.setStatus'),
      id: OperationIdSchema,
      status: z.enum(OPERATION_STATUSES).exclude(['cancelled']),
    })
    .strict(),
  z.object({ kind: z.literal('operation.cancel'), id: OperationIdSchema, reason: CancelReasonSchema }).strict(),
  // The type's own plan (checked against the operation's type when applied).
  z.object({ kind: z.literal('operation.setTypedPlan'), id: OperationIdSchema, typedPlan: z.unknown() }).strict(),
  // Who and what is reserved for the operation (replaces the previous reservation).
  z.object({ kind: z.literal('operation.assign'), id: OperationIdSchema, assigned: AssignedSchema }).strict(),
  // Closing with the typed result (checked against the operation's type when applied) and the findings.
  z
    .object({
      kind: z.literal('operation.close'),
      id: OperationIdSchema,
      result: z.unknown(),
      findings: z.array(NumberedFindingSchema).max(MAX_FINDINGS, 'too_many'),
    })
    .strict(),
  // A dispatcher sends a patrol to a task (or frees it). The status stays the device's to report.
  z.object({ kind: z.literal('unit.assign'), id: unitId, assignment: UnitAssignmentSchema.nullable() }).strict(),
  // An administrator's new dated setting (a law or a limit changed); never an edit of an existing entry.
  z.object({ kind: z.literal('setting.add'), id: z.string().uuid(), entry: SettingEntrySchema }).strict(),
]);
export type Mutation = z.infer<typeof MutationSchema>;
export type MutationKind = Mutation['kind'];
export const MUTATION_KINDS = MutationSchema.options.map((o) => o.shape.kind.value) as readonly MutationKind[];

/** The shared records, with their schemas. */
export const RECORD_SCHEMAS = { operation: OperationSchema, unit: UnitSchema, ...GENERIC_RECORD_SCHEMAS } as const;
export type RecordEntity = keyof typeof RECORD_SCHEMAS;
export type SharedRecord = Operation | Unit | GenericRecord;

/** The records people change directly (court cases are made by the hub when an operation closes). */
export type MutableEntity = 'operation' | 'unit' | 'setting';

export function entityOf(kind: MutationKind): MutableEntity {
  return kind.startsWith('unit.') ? 'unit' : kind.startsWith('setting.') ? 'setting' : 'operation';
}
