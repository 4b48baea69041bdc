// Runs in: Node. Coalesces what the hub streams and writes it in batches: whatever arrives within one flush
// interval (or until flush() — the sync service flushes each positions batch the hub already coalesced)
// becomes one SQLite transaction and one event per kind (latest record and position per unit win).
// At 500 units × 4 Hz that is ~20 small transactions a second instead of 2,000. Changes made by consoles'
// mutations also keep their origin, so that this console recognises its own writes coming back.
import type { Change } from '../../shared/hub-protocol/changes.ts';
import type { UnitPosition } from '../../shared/live/units.ts';
import type { RecordEntry } from '../../shared/records/registry.ts';
import type { OwnChange, ServerBatch } from './apply-server-batch.ts';

export interface IngestBatch extends ServerBatch {
  /** Highest change seq in the batch (0 when it holds no changes). */
  readonly lastSeq: number;
}

export interface LiveIngest {
  change(change: Change): void;
  position(position: UnitPosition): void;
  /** Writes what is pending now (e.g. before reporting "live"). */
  flush(): void;
  stop(): void;
}

export function createLiveIngest(write: (batch: IngestBatch) => void, intervalMs = 50): LiveIngest {
  let records = new Map<string, RecordEntry>(); // by entity and id: the newest change of each record
  let positions = new Map<string, UnitPosition>();
  let origins: OwnChange[] = [];
  let lastSeq = 0;
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!records.size && !positions.size && !origins.length) return;
    const batch = { records: [...records.values()], positions: [...positions.values()], origins, lastSeq };
    [records, positions, origins, lastSeq] = [new Map(), new Map(), [], 0];
    write(batch);
  };
  const schedule = () => {
    timer ??= setTimeout(flush, intervalMs);
  };

  return {
    change(change) {
      records.set(`${change.entity}:${change.id}`, { entity: change.entity, record: change.data } as RecordEntry);
      if (change.origin) origins.push({ ...change.origin, seq: change.seq, entity: change.entity, record: change.data });
      lastSeq = Math.max(lastSeq, change.seq);
      schedule();
    },
    position(position) {
      const known = positions.get(position.unitId);
      if (!known || known.deviceTime <= position.deviceTime) positions.set(position.unitId, position);
      schedule();
    },
    flush,
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
