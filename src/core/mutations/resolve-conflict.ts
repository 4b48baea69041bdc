// Runs in: Node. Resolving a refused mutation:
//   theirs ─► the visible row already is the hub's version: drop the conflict
//   mine   ─► make the same changes again on top of the hub's version (new mutations with its version as
//             base), in one transaction with dropping the conflict; if the record no longer allows them
//             (e.g. someone closed it), nothing changes and LocalRefusal says why — the person edits instead
//   edited ─► the person's own change (made from both versions) on top of the hub's version, in the same
//             transaction as dropping the conflict: refused locally → nothing changes, the conflict stays
import type { Role } from '../../shared/auth/roles.ts';
import type { Cache } from '../cache/cache.ts';
import type { ConflictsResolveInput } from '../../shared/api/writes.ts';
import { entityOf } from '../../shared/records/mutations.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import { LocalRefusal, write } from './write-path.ts';

/** The record whose conflict was resolved. */
export interface ResolvedRecord {
  readonly entity: RecordEntity;
  readonly recordId: string;
}

/** Returns the record of the resolved conflict (null: it was resolved already). */
export function resolveConflict(
  cache: Cache,
  input: ConflictsResolveInput,
  author: string | null,
  now: number,
  role: Role | null = null,
): ResolvedRecord | null {
  return cache.db
    .transaction(() => {
      const conflict = cache.conflicts.get(input.id);
      if (!conflict || !cache.conflicts.remove(input.id)) return null;
      const again = input.choice === 'mine' ? conflict.mutations : input.choice === 'edited' ? [input.mutation] : [];
      for (const mutation of again) {
        // An edit changes the conflict's own record, nothing else.
        if (mutation.id !== conflict.recordId || entityOf(mutation.kind) !== conflict.entity) throw new LocalRefusal('invalid');
        write(cache, mutation, author, now, role);
      }
      return { entity: conflict.entity, recordId: conflict.recordId };
    })
    .immediate();
}
