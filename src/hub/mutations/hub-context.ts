// Runs in: Node. What a mutation is applied with at the hub (kind.ts, MutationContext): the store's records and
// dated settings as they stand inside the push's transaction, the year's next case number, and the role of who
// pushes (a device reporting has none).
import { caseNumber } from '../../shared/court/case-number.ts';
import type { Role } from '../../shared/auth/roles.ts';
import type { MutationContext } from '../../shared/records/kind.ts';
import { isRecordEntity } from '../../shared/records/registry.ts';
import type { HubStore } from '../store/hub-store.ts';

export function hubContext(
  store: HubStore,
  now: number,
  by: string | null,
  console: string | null,
  role: Role | null = null,
): MutationContext {
  return {
    now,
    by,
    role,
    console,
    read: (entity, id) => (isRecordEntity(entity) ? store.records.get(entity, id) : null),
    settings: () => store.records.all('setting').map((record) => record.entry),
    caseNumber: (year) => caseNumber(year, store.caseNumbers.next(year)),
  };
}
