// Runs in: Node. Following a hub from scratch (another hub, or the first time): its seq numbers and records
// are what count from now on, so the shared records of before are dropped — except those this console still
// has local changes or conflicts for, which are never thrown away (the hub decides them when they are sent).
import type { Cache } from '../cache/cache.ts';

export function resetForHub(cache: Cache, hubUrl: string): void {
  cache.db.transaction(() => {
    cache.units.resetForHub(hubUrl);
    cache.records.clear();
    cache.db
      .prepare(
        `DELETE FROM operations WHERE id NOT IN (SELECT record_id FROM outbox WHERE entity = 'operation')
           AND id NOT IN (SELECT record_id FROM conflicts WHERE entity = 'operation')`,
      )
      .run();
  })();
  cache.operations.changed();
}
