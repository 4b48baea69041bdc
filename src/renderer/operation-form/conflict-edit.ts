// "Editar" from the conflict inbox: the form starts from my version over the hub's record, and saving is one
// 'conflicts.resolve' call — the core drops the conflict and writes the change on the hub's version in the same
// transaction, so a refusal leaves the conflict as it was. The change is the fields that differ from the hub's
// version (`conflict.theirs`), or the whole plan again when the hub does not have the operation.
import type { ConflictsResolveInput } from '../../shared/api/writes.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { Conflict } from '../../shared/sync/conflict.ts';
import { checkNewOperation, checkOperationEdit, operationToForm, type Checked, type OperationFormValues } from './operation-form.ts';

/** The hub's version of the conflict's operation (null: the hub does not have it; saving creates it again). */
export const conflictBase = (conflict: Conflict): Operation | null => conflict.theirs as Operation | null;

/** The values the form opens with — mine where I had a version, else the hub's — or null when neither exists. */
export function conflictStartValues(conflict: Conflict): OperationFormValues | null {
  const shown = (conflict.mine ?? conflict.theirs) as Operation | null;
  return shown ? operationToForm(shown) : null;
}

/**
 * What saving the form sends: the edit on the hub's version, or — when the values are the hub's own — simply
 * taking the hub's version. Problems are the form's field problems, as for any edit.
 */
export function conflictResolution(conflict: Conflict, values: OperationFormValues): Checked<ConflictsResolveInput> {
  const theirs = conflictBase(conflict);
  if (theirs === null) {
    const plan = checkNewOperation(values);
    if (!plan.ok) return plan;
    return {
      ok: true,
      value: { id: conflict.id, choice: 'edited', mutation: { kind: 'operation.create', id: conflict.recordId, plan: plan.value } },
    };
  }
  const patch = checkOperationEdit(values, theirs);
  if (!patch.ok) return patch;
  if (patch.value === null) return { ok: true, value: { id: conflict.id, choice: 'theirs' } };
  return {
    ok: true,
    value: { id: conflict.id, choice: 'edited', mutation: { kind: 'operation.update', id: conflict.recordId, patch: patch.value } },
  };
}
