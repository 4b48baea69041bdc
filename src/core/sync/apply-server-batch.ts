// Runs in: Node. Writes what came from the hub — records, positions, this console's own mutations coming
// back — in the caller's transaction. With nothing pending locally (the common case, and a long catch-up)
// records are upserted newest-wins in bulk; otherwise each goes through the write path's accept(), which
// holds a server change to a record with pending local mutations until the hub has decided them.
import type { Unit, UnitPosition } from '../../shared/live/units.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { GenericEntity, GenericRecord } from '../../shared/records/entities.ts';
import type { SharedRecord } from '../../shared/sync/mutations.ts';
import type { Cache } from '../cache/cache.ts';
import { accept, clientIdOf, settle } from '../mutations/write-path.ts';

/** A change to a record, made by a console's mutation (clientId, clientSeq). */
export interface OwnChange {
  readonly clientId: string;
  readonly clientSeq: number;
  readonly seq: number;
  readonly record: SharedRecord;
}

export interface GenericEntry {
  readonly entity: GenericEntity;
  readonly record: GenericRecord;
}

export interface ServerBatch {
  readonly units: readonly Unit[];
  readonly operations: readonly Operation[];
  readonly records: readonly GenericEntry[];
  readonly positions: readonly UnitPosition[];
  readonly origins: readonly OwnChange[];
}

export interface Applied {
  /** Units whose row may have changed (their records, positions or a settled mutation). */
  readonly unitIds: readonly string[];
  readonly operationsChanged: boolean;
}

export function applyServerBatch(cache: Cache, batch: ServerBatch, now: number): Applied {
  const clientId = clientIdOf(cache);
  const settledUnits: string[] = [];
  let operationsChanged = batch.operations.length > 0;
  for (const own of batch.origins) {
    if (own.clientId !== clientId) continue;
    const id = settle(cache, { clientSeq: own.clientSeq, ok: true, seq: own.seq, record: own.record }, now);
    if (id && 'callSign' in own.record) settledUnits.push(id);
    else if (id && !('plannedStart' in own.record))
      continue; // a generic record: no grid or board shows it live
    else if (id) operationsChanged = true;
  }
  if (cache.outbox.count() === 0) {
    cache.units.upsertUnits(batch.units);
    cache.operations.putNewer(batch.operations);
    for (const { entity, record } of batch.records) cache.records.putNewer(entity, [record]);
  } else {
    for (const unit of batch.units) accept(cache, 'unit', unit);
    for (const operation of batch.operations) accept(cache, 'operation', operation);
    for (const { entity, record } of batch.records) accept(cache, entity, record);
  }
  cache.units.upsertPositions(batch.positions);
  if (operationsChanged) cache.operations.changed();
  return {
    unitIds: [...new Set([...batch.units.map((u) => u.id), ...batch.positions.map((p) => p.unitId), ...settledUnits])],
    operationsChanged,
  };
}
