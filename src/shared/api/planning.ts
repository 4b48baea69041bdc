// Inputs and results of the planning methods: the roster week, reservations and closing an operation.
import { z } from 'zod';
import { AssignedSchema, MAX_FINDINGS, NumberedFindingSchema } from '../operations/details.ts';
import { OperationIdSchema } from '../operations/operation-schema.ts';
import type { Operation } from '../operations/types.ts';
import type { PersonRecord } from '../records/person.ts';
import type { ResourceRecord } from '../records/resource.ts';
import type { Conflict, RosterRules } from '../roster/types.ts';
import { IsoDateSchema } from '../settings/iso-date.ts';

export const RosterWeekInputSchema = z.object({ date: IsoDateSchema }).strict();
export const OperationsAssignInputSchema = z.object({ id: OperationIdSchema, assigned: AssignedSchema }).strict();
export const OperationsSetTypedPlanInputSchema = z.object({ id: OperationIdSchema, typedPlan: z.unknown() }).strict();
export const OperationsCloseInputSchema = z
  .object({ id: OperationIdSchema, result: z.unknown(), findings: z.array(NumberedFindingSchema).max(MAX_FINDINGS, 'too_many') })
  .strict();

/** One Córdoba week (Monday 00:00 to the next Monday) of the roster, with its conflicts. */
export interface RosterWeekView {
  readonly start: number;
  readonly end: number;
  readonly rules: RosterRules;
  readonly people: readonly PersonRecord[];
  readonly resources: readonly ResourceRecord[];
  /** The week's operations that hold people (not cancelled), with their reservations. */
  readonly operations: readonly Operation[];
  readonly conflicts: readonly Conflict[];
}
