// Inputs of the ConsoleApi methods that change shared records. Each becomes one mutation
// (shared/sync/mutations.ts) through the core's write path; the field rules are the mutations' own schemas.
import { z } from 'zod';
import { UnitAssignmentSchema, UnitSchema } from '../live/hub-messages.ts';
import { CancelReasonSchema, OperationIdSchema, OperationPatchSchema, OperationPlanSchema } from '../operations/operation-schema.ts';
import { OPERATION_STATUSES } from '../operations/types.ts';

export const OperationsGetInput = z.object({ id: OperationIdSchema }).strict();
export const OperationsCreateInput = z.object({ plan: OperationPlanSchema }).strict();
export const OperationsUpdateInput = z.object({ id: OperationIdSchema, patch: OperationPatchSchema }).strict();
export const OperationsSetStatusInput = z
  .object({ id: OperationIdSchema, status: z.enum(OPERATION_STATUSES).exclude(['cancelled']) })
  .strict();
export const OperationsCancelInput = z.object({ id: OperationIdSchema, reason: CancelReasonSchema }).strict();
export const UnitsAssignInput = z.object({ id: UnitSchema.shape.id, assignment: UnitAssignmentSchema.nullable() }).strict();
export const ConflictsResolveInput = z.object({ id: z.number().int().min(1), choice: z.enum(['mine', 'theirs']) }).strict();

/** How many local changes wait for the hub, and how many it refused (the conflict inbox). */
export interface OutboxStatus {
  readonly pending: number;
  readonly conflicts: number;
}
