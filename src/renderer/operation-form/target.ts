// What the operation dialog is opened for: a new operation, an existing one (by id), or the operation of a
// conflict the hub refused ("Editar" in the conflict inbox).
import type { Conflict } from '../../shared/sync/conflict.ts';

export type OperationFormTarget =
  { readonly kind: 'new' } | { readonly kind: 'edit'; readonly id: string } | { readonly kind: 'conflict'; readonly conflict: Conflict };
