// Runs in: Node. Which of an entity's records are not yet all with the hub — some change still waiting in the
// outbox, or refused and in the conflict inbox — for lists that mark them. (The operations grid says the same per
// row in SQL: operations/repository.ts.)
import type { UnsyncedState } from '../../shared/operations/types.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import type { Cache } from '../cache/cache.ts';

export function unsyncedOf(cache: Cache, entity: RecordEntity): Record<string, UnsyncedState> {
  const states: Record<string, UnsyncedState> = {};
  for (const id of cache.outbox.pendingIds(entity)) states[id] = 'pending';
  for (const id of cache.conflicts.recordIds(entity)) states[id] = 'conflict';
  return states;
}
