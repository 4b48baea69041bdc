// Saving the plan form: a new operation, an edit of the changed fields, or — from the conflict inbox — one
// 'conflicts.resolve' call with the edit (conflict-edit.ts). The values are checked again first, so nothing wrong
// is ever sent; what is saved is said by the caller.
import type { ApiClient } from '../../shared/api/client.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { Conflict } from '../../shared/sync/conflict.ts';
import { conflictResolution } from './conflict-edit.ts';
import { checkNewOperation, checkOperationEdit, type FieldProblems, type OperationFormValues } from './operation-form.ts';

export type SaveOutcome =
  /** resolved: a conflict's values were the hub's own, so the hub's version was taken. */
  { readonly kind: 'created' | 'saved' | 'resolved' | 'unchanged' } | { readonly kind: 'problems'; readonly problems: FieldProblems };

interface SaveTarget {
  /** The record edited (null: a new one). */
  readonly base: Operation | null;
  readonly conflict: Conflict | null;
}

export async function saveOperation(api: ApiClient, { base, conflict }: SaveTarget, values: OperationFormValues): Promise<SaveOutcome> {
  if (conflict) {
    const checked = conflictResolution(conflict, values);
    if (!checked.ok) return { kind: 'problems', problems: checked.problems };
    await api.call('conflicts.resolve', checked.value);
    if (checked.value.choice !== 'edited') return { kind: 'resolved' };
    return { kind: checked.value.mutation.kind === 'operation.create' ? 'created' : 'saved' };
  }
  if (base === null) {
    const checked = checkNewOperation(values);
    if (!checked.ok) return { kind: 'problems', problems: checked.problems };
    await api.call('operations.create', { plan: checked.value });
    return { kind: 'created' };
  }
  const checked = checkOperationEdit(values, base);
  if (!checked.ok) return { kind: 'problems', problems: checked.problems };
  if (checked.value === null) return { kind: 'unchanged' };
  await api.call('operations.update', { id: base.id, patch: checked.value });
  return { kind: 'saved' };
}
