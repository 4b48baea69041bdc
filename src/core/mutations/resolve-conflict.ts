// Runs in: Node. Resolving a refused mutation:
//   theirs ─► the visible row already is the hub's version: drop the conflict
//   mine   ─► make the same changes again on top of the hub's version (new mutations with its version as
//             base), in one transaction with dropping the conflict; if the record no longer allows them
//             (e.g. someone closed it), nothing changes and LocalRefusal says why — the person edits instead.
import type { Cache } from '../cache/cache.ts';
import type { RecordEntity } from '../../shared/sync/mutations.ts';
import { write } from './write-path.ts';

/** The record whose conflict was resolved. */
export interface ResolvedRecord {
  readonly entity: RecordEntity;
  readonly recordId: string;
}

/** Returns the record of the resolved conflict (null: it was resolved already). */
export function resolveConflict(
  cache: Cache,
  id: number,
  choice: 'mine' | 'theirs',
  author: string | null,
  now: number,
): ResolvedRecord | null {
  return cache.db
    .transaction(() => {
      const conflict = cache.conflicts.get(id);
      if (!conflict || !cache.conflicts.remove(id)) return null;
      if (choice === 'mine') for (const mutation of conflict.mutations) write(cache, mutation, author, now);
      return { entity: conflict.entity, recordId: conflict.recordId };
    })
    .immediate();
}
