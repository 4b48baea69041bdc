// Runs in: Node. Writes what came from the hub — records of any kind, positions, this console's own mutations
// coming back — in the caller's transaction. With nothing pending locally (the common case, and a long catch-up)
// each kind's records are upserted newest-wins in bulk; otherwise each goes through the write path's accept(),
// which holds a server change to a record with pending local mutations until the hub has decided them.
import type { UnitPosition } from '../../shared/live/units.ts';
import type { RecordEntity, RecordEntry, SharedRecord } from '../../shared/records/registry.ts';
import type { Cache } from '../cache/cache.ts';
import { accept, settle } from '../mutations/write-path.ts';
import { clientIdOf } from '../mutations/client-id.ts';
import { recordStore } from '../records/record-store.ts';
import { ChangedRecords } from '../records/changed-records.ts';

/** A change to a record, made by a console's mutation (clientId, clientSeq). */
export interface OwnChange {
  readonly clientId: string;
  readonly clientSeq: number;
  readonly seq: number;
  readonly entity: RecordEntity;
  readonly record: SharedRecord;
}

export interface ServerBatch {
  readonly records: readonly RecordEntry[];
  readonly positions: readonly UnitPosition[];
  readonly origins: readonly OwnChange[];
}

export interface AppliedBatch {
  /** The records whose rows may have changed, by kind. */
  readonly changed: ChangedRecords;
  /** Units whose board row may have changed (their records, their positions or a settled mutation). */
  readonly unitIds: readonly string[];
}

function byEntity(entries: readonly RecordEntry[]): Map<RecordEntity, SharedRecord[]> {
  const groups = new Map<RecordEntity, SharedRecord[]>();
  for (const { entity, record } of entries) groups.set(entity, [...(groups.get(entity) ?? []), record]);
  return groups;
}

export function applyServerBatch(cache: Cache, batch: ServerBatch, now: number): AppliedBatch {
  const clientId = clientIdOf(cache);
  const changed = new ChangedRecords();
  for (const own of batch.origins) {
    if (own.clientId !== clientId) continue;
    const id = settle(cache, { clientSeq: own.clientSeq, ok: true, seq: own.seq, record: own.record }, now);
    if (id) changed.add(own.entity, id);
  }
  const bulk = cache.outbox.count() === 0;
  for (const [entity, records] of byEntity(batch.records)) {
    if (bulk) recordStore(cache, entity).putNewer(records as never);
    else for (const record of records) accept(cache, entity, record);
    for (const record of records) changed.add(entity, record.id);
  }
  cache.units.upsertPositions(batch.positions);
  return { changed, unitIds: [...new Set([...changed.idsOf('unit'), ...batch.positions.map((p) => p.unitId)])] };
}
