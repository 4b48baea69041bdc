// Runs in: Node. What a mutation is applied with at the hub (kind.ts, MutationContext): the store's records and
// dated settings as they stand inside the push's transaction, and the year's next case number.
import { caseNumber } from '../../shared/court/case-number.ts';
import type { MutationContext } from '../../shared/records/kind.ts';
import { isRecordEntity } from '../../shared/records/registry.ts';
import type { HubStore } from '../store/hub-store.ts';

export function hubContext(store: HubStore, now: number, by: string | null, console: string | null): MutationContext {
  return {
    now,
    by,
    console,
    read: (entity, id) => (isRecordEntity(entity) ? store.records.get(entity, id) : null),
    settings: () => store.records.all('setting').map((record) => record.entry),
    caseNumber: (year) => caseNumber(year, store.caseNumbers.next(year)),
  };
}
