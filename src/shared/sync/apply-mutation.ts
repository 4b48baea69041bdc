// The one function that decides what a mutation does to a record — run by the console (optimistically, on its
// cache) and by the hub (for real). Pure: the caller supplies the current record and the time.
import type { Unit } from '../live/units.ts';
import { BARRIOS } from '../geo/barrios.ts';
import { canTransition, isEditable } from '../operations/lifecycle.ts';
import { OPERATION_RESULT_SCHEMAS } from '../operations/closing.ts';
import { TYPED_PLAN_SCHEMAS } from '../operations/typed-plan.ts';
import type { NumberedFinding, OperationDetails, TimelineEntry } from '../operations/details.ts';
import type { Operation } from '../operations/types.ts';
import type { OperationStatus } from '../operations/codes.ts';
import type { CourtCase } from '../records/court-case.ts';
import type { SettingRecord } from '../records/setting-record.ts';
import { newSettingEntrySchema } from '../settings/entry-schema.ts';
import type { Mutation, SharedRecord } from './mutations.ts';

export const REFUSAL_REASONS = [
  'not_found', // the record does not exist (or not yet)
  'already_exists', // a create for an id that exists
  'not_editable', // closed or cancelled
  'invalid_transition', // the lifecycle does not allow that status change
  'invalid_plan', // the edit would leave the plan inconsistent (e.g. end before start)
  'invalid_result', // the result does not fit the operation's type
  'retroactive', // a setting dated before today: records already judged would change verdict
  'version_conflict', // someone else changed the record first (base version ≠ current)
  'forbidden', // the person's role may not make this mutation
  'invalid', // the hub could not read the mutation (or the client reused a seq for another mutation)
  'withdrawn', // the console rolled it back before sending it (an earlier mutation on the record was refused)
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** derived: records the change makes besides its own (closing an operation makes its court cases). */
export type Applied<R> =
  | { readonly ok: true; readonly record: R; readonly derived?: readonly CourtCase[] }
  | { readonly ok: false; readonly reason: RefusalReason };

/** When and by whom (the hub's username; the console's signed-in person, or null). */
export interface MutationContext {
  readonly now: number;
  readonly by: string | null;
  /** A roster person's name, for the court cases a closing makes (the hub knows them; a console need not). */
  readonly personName?: (id: string) => string | null;
}

const refuse = (reason: RefusalReason) => ({ ok: false, reason }) as const;
const BARRIO_BY_NAME = new Map(BARRIOS.map((b) => [b.name, b]));

function placeOf(barrio: string): { lat: number; lng: number } {
  const found = BARRIO_BY_NAME.get(barrio);
  return { lat: found?.lat ?? 0, lng: found?.lng ?? 0 };
}

type OperationMutation = Extract<Mutation, { kind: `operation.${string}` }>;

/** The court cases of a closed operation: one per acta or notice, with the finding's id. */
function courtCasesOf(operation: Operation, findings: readonly NumberedFinding[], { now, personName }: MutationContext): CourtCase[] {
  return findings.flatMap(({ id, finding }) =>
    finding.outcome === 'acta' || finding.outcome === 'notice'
      ? [
          {
            id,
            operationId: operation.id,
            operationType: operation.type,
            record: { ...finding.record, operationId: operation.id },
            promoterName: personName?.(finding.record.promoterId) ?? null,
            status: 'incoming' as const,
            createdAt: now,
            version: 1,
          },
        ]
      : [],
  );
}

function applyToOperation(current: Operation | null, m: OperationMutation, context: MutationContext): Applied<Operation> {
  const { now, by } = context;
  const entry = (status: OperationStatus, reason?: string): TimelineEntry => ({ at: now, status, by, ...(reason ? { reason } : {}) });
  if (m.kind === 'operation.create') {
    if (current) return refuse('already_exists');
    const plan = m.plan;
    return {
      ok: true,
      record: {
        id: m.id,
        status: 'draft',
        ...plan,
        ...placeOf(plan.barrio),
        resultSummary: null,
        cancelReason: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
        details: { timeline: [entry('draft')] },
      },
    };
  }
  if (!current) return refuse('not_found');
  if (!isEditable(current.status)) return refuse('not_editable');
  const next = (changes: Partial<Operation>, details: Partial<OperationDetails> = {}): Operation => ({
    ...current,
    ...changes,
    details: { ...current.details, ...details },
    updatedAt: now,
    version: current.version + 1,
  });
  const moveTo = (
    status: OperationStatus,
    changes: Partial<Operation> = {},
    details: Partial<OperationDetails> = {},
    reason?: string,
  ): Applied<Operation> =>
    canTransition(current.status, status)
      ? {
          ok: true,
          record: next({ ...changes, status }, { ...details, timeline: [...(current.details?.timeline ?? []), entry(status, reason)] }),
        }
      : refuse('invalid_transition');
  switch (m.kind) {
    case 'operation.update': {
      const merged = { ...current, ...m.patch };
      if (merged.plannedEnd <= merged.plannedStart) return refuse('invalid_plan');
      // Another type plans other things: its typed plan goes with the old type.
      const typeChanged = m.patch.type !== undefined && m.patch.type !== current.type;
      return {
        ok: true,
        record: next({ ...m.patch, ...(m.patch.barrio ? placeOf(m.patch.barrio) : {}) }, typeChanged ? { typedPlan: undefined } : {}),
      };
    }
    case 'operation.setTypedPlan': {
      const typedPlan = TYPED_PLAN_SCHEMAS[current.type].safeParse(m.typedPlan);
      return typedPlan.success ? { ok: true, record: next({}, { typedPlan: typedPlan.data }) } : refuse('invalid_plan');
    }
    case 'operation.setStatus':
      return moveTo(m.status);
    case 'operation.cancel':
      return moveTo('cancelled', { cancelReason: m.reason }, {}, m.reason);
    case 'operation.assign':
      return { ok: true, record: next({}, { assigned: m.assigned }) };
    case 'operation.close': {
      const result = OPERATION_RESULT_SCHEMAS[current.type].safeParse(m.result);
      if (!result.success) return refuse('invalid_result');
      const closed = moveTo('closed', {}, { result: result.data, findings: m.findings });
      return closed.ok ? { ...closed, derived: courtCasesOf(closed.record, m.findings, context) } : closed;
    }
  }
}

function applyToUnit(current: Unit | null, m: Extract<Mutation, { kind: 'unit.assign' }>): Applied<Unit> {
  if (!current) return refuse('not_found');
  return { ok: true, record: { ...current, assignment: m.assignment, version: current.version + 1 } };
}

function addSetting(current: SharedRecord | null, m: Extract<Mutation, { kind: 'setting.add' }>, now: number): Applied<SettingRecord> {
  if (current) return refuse('already_exists');
  if (!newSettingEntrySchema(now).safeParse(m.entry).success) return refuse('retroactive');
  return { ok: true, record: { id: m.id, entry: m.entry, version: 1 } };
}

/** What `mutation` makes of `current` (null: the record does not exist). Never throws for a valid mutation. */
export function applyMutation(
  current: SharedRecord | null,
  mutation: Mutation,
  context: MutationContext,
): Applied<Operation | Unit | SettingRecord> {
  if (mutation.kind === 'unit.assign') return applyToUnit(current as Unit | null, mutation);
  if (mutation.kind === 'setting.add') return addSetting(current, mutation, context.now);
  return applyToOperation(current as Operation | null, mutation, context);
}
