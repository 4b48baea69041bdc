// Inputs and results of the planning methods: the roster week, the instruments' calibrations, reservations and
// closing an operation.
import { z } from 'zod';
import { AssignedSchema, MAX_FINDINGS, NumberedFindingSchema } from '../operations/details.ts';
import { OperationIdSchema } from '../operations/operation-schema.ts';
import type { Operation } from '../operations/types.ts';
import type { PersonRecord } from '../records/person.ts';
import type { ResourceRecord } from '../records/resource.ts';
import type { InstrumentRow } from '../roster/instrument-states.ts';
import type { Conflict, InstrumentKind, RosterRules } from '../roster/types.ts';
import { IsoDateSchema } from '../settings/iso-date.ts';

export const RosterWeekInputSchema = z.object({ date: IsoDateSchema }).strict();
export const RosterInstrumentsInputSchema = z.object({}).strict();
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

/** Every breathalyser and sound meter with its calibration state now (shared/roster/instrument-states.ts). */
export interface RosterInstruments {
  readonly rows: readonly InstrumentRow[];
  /** How many days ahead a calibration counts as due. */
  readonly dueWithinDays: number;
  /** How many months a calibration is good for, by the settings in force (null: none in force). */
  readonly calibrationMonths: Readonly<Record<InstrumentKind, number>> | null;
}
