// The one function that decides what a mutation does to a record — run by the console (optimistically, on its
// cache) and by the hub (for real). Pure: the caller supplies the current record and the time.
import type { Unit } from '../live/units.ts';
import { BARRIOS } from '../geo/barrios.ts';
import { canTransition, isEditable } from '../operations/lifecycle.ts';
import type { Operation } from '../operations/types.ts';
import type { Mutation } from './mutations.ts';

export const REFUSAL_REASONS = [
  'not_found', // the record does not exist (or not yet)
  'already_exists', // a create for an id that exists
  'not_editable', // closed or cancelled
  'invalid_transition', // the lifecycle does not allow that status change
  'invalid_plan', // the edit would leave the plan inconsistent (e.g. end before start)
  'version_conflict', // someone else changed the record first (base version ≠ current)
  'forbidden', // the person's role may not make this mutation
  'invalid', // the hub could not read the mutation (or the client reused a seq for another mutation)
  'withdrawn', // the console rolled it back before sending it (an earlier mutation on the record was refused)
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type Applied<R> = { readonly ok: true; readonly record: R } | { readonly ok: false; readonly reason: RefusalReason };

const refuse = (reason: RefusalReason) => ({ ok: false, reason }) as const;
const BARRIO_BY_NAME = new Map(BARRIOS.map((b) => [b.name, b]));

function placeOf(barrio: string): { lat: number; lng: number } {
  const found = BARRIO_BY_NAME.get(barrio);
  return { lat: found?.lat ?? 0, lng: found?.lng ?? 0 };
}

type OperationMutation = Extract<Mutation, { kind: `operation.${string}` }>;

function applyToOperation(current: Operation | null, m: OperationMutation, now: number): Applied<Operation> {
  if (m.kind === 'operation.create') {
    if (current) return refuse('already_exists');
    const plan = m.plan;
    return {
      ok: true,
      record: { id: m.id, status: 'draft', ...plan, ...placeOf(plan.barrio), resultSummary: null, cancelReason: null, createdAt: now, updatedAt: now, version: 1 },
    };
  }
  if (!current) return refuse('not_found');
  if (!isEditable(current.status)) return refuse('not_editable');
  const next = (changes: Partial<Operation>): Applied<Operation> => ({
    ok: true,
    record: { ...current, ...changes, updatedAt: now, version: current.version + 1 },
  });
  switch (m.kind) {
    case 'operation.update': {
      const merged = { ...current, ...m.patch };
      if (merged.plannedEnd <= merged.plannedStart) return refuse('invalid_plan');
      return next({ ...m.patch, ...(m.patch.barrio ? placeOf(m.patch.barrio) : {}) });
    }
    case 'operation.setStatus':
      return canTransition(current.status, m.status) ? next({ status: m.status }) : refuse('invalid_transition');
    case 'operation.cancel':
      return canTransition(current.status, 'cancelled') ? next({ status: 'cancelled', cancelReason: m.reason }) : refuse('invalid_transition');
  }
}

function applyToUnit(current: Unit | null, m: Extract<Mutation, { kind: 'unit.assign' }>): Applied<Unit> {
  if (!current) return refuse('not_found');
  return { ok: true, record: { ...current, assignment: m.assignment, version: current.version + 1 } };
}

/** What `mutation` makes of `current` (null: the record does not exist). Never throws for a valid mutation. */
export function applyMutation(current: Operation | Unit | null, mutation: Mutation, now: number): Applied<Operation | Unit> {
  if (mutation.kind === 'unit.assign') return applyToUnit(current as Unit | null, mutation);
  return applyToOperation(current as Operation | null, mutation, now);
}
