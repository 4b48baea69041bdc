// Inputs of the ConsoleApi methods that change shared records. Each becomes one mutation
// (shared/records/<kind>.ts) through the core's write path; the field rules are the mutations' own schemas.
import { z } from 'zod';
import { CancelReasonSchema, OperationIdSchema, OperationPatchSchema, OperationPlanSchema } from '../operations/operation-schema.ts';
import { OPERATION_STATUSES } from '../operations/codes.ts';
import { MutationSchema } from '../records/mutations.ts';

export const OperationsGetInputSchema = z.object({ id: OperationIdSchema }).strict();
export const OperationsCreateInputSchema = z.object({ plan: OperationPlanSchema }).strict();
export const OperationsUpdateInputSchema = z.object({ id: OperationIdSchema, patch: OperationPatchSchema }).strict();
export const OperationsSetStatusInputSchema = z
  .object({ id: OperationIdSchema, status: z.enum(OPERATION_STATUSES).exclude(['cancelled']) })
  .strict();
export const OperationsCancelInputSchema = z.object({ id: OperationIdSchema, reason: CancelReasonSchema }).strict();
const conflictId = z.number().int().min(1);
/**
 * theirs — keep the hub's version; mine — make my changes again on top of it; edited — drop the conflict and
 * write `mutation` (made by the person from both versions) on top of the hub's version, in one transaction.
 */
export const ConflictsResolveInputSchema = z.discriminatedUnion('choice', [
  z.object({ id: conflictId, choice: z.enum(['mine', 'theirs']) }).strict(),
  z.object({ id: conflictId, choice: z.literal('edited'), mutation: MutationSchema }).strict(),
]);
export type ConflictsResolveInput = z.infer<typeof ConflictsResolveInputSchema>;

/** How many local changes wait for the hub, and how many it refused (the conflict inbox). */
export interface OutboxStatus {
  readonly pending: number;
  readonly conflicts: number;
}
