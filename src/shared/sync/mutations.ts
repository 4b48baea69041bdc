// Every change a person makes to a shared record is one of these mutations. The console applies it to its
// cache at once (optimistically) and queues it; the hub applies the same pure function (apply-mutation.ts)
// and is the judge. New kinds are added here, in MUTATION_ROLES and in applyMutation — the compiler checks
// that all three agree.
import { z } from 'zod';
import type { Unit } from '../live/units.ts';
import type { Operation } from '../operations/types.ts';
import { UnitSchema } from '../live/hub-messages.ts';
import {
  CancelReasonSchema,
  OperationIdSchema,
  OperationPatchSchema,
  OperationPlanSchema,
  OperationSchema,
} from '../operations/operation-schema.ts';
import { OPERATION_STATUSES } from '../operations/types.ts';

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
  // A dispatcher sends a patrol to a task (or frees it). The status stays the device's to report.
  z.object({ kind: z.literal('unit.assign'), id: unitId, assignment: z.string().trim().min(1, 'required').max(200, 'too_long').nullable() }).strict(),
]);
export type Mutation = z.infer<typeof MutationSchema>;
export type MutationKind = Mutation['kind'];
export const MUTATION_KINDS = MutationSchema.options.map((o) => o.shape.kind.value) as readonly MutationKind[];

/** The shared records mutations change, with their schemas. */
export const RECORD_SCHEMAS = { operation: OperationSchema, unit: UnitSchema } as const;
export type RecordEntity = keyof typeof RECORD_SCHEMAS;
export type SharedRecord = Operation | Unit;

export function entityOf(kind: MutationKind): RecordEntity {
  return kind.startsWith('unit.') ? 'unit' : 'operation';
}
