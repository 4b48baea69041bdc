// Runs in: Node. Following a hub from scratch (another hub, or the first time): its seq numbers and records are
// what count from now on, so every kind's records of before are dropped — except those this console still has
// local changes or conflicts for, which are never thrown away (the hub decides them when they are sent).
import { RECORD_ENTITIES } from '../../shared/records/registry.ts';
import type { Cache } from '../cache/cache.ts';
import { recordStore } from '../records/record-store.ts';

export function resetForHub(cache: Cache, hubUrl: string): void {
  cache.db.transaction(() => {
    for (const entity of RECORD_ENTITIES) recordStore(cache, entity).resetForHub();
    cache.units.saveCursor({ hubUrl, lastSeq: 0, dataAsOf: null });
  })();
}
