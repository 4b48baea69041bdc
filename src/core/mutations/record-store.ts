// Runs in: Node. The cache's shared records behind one face, so the write path is written once for every
// entity: read the visible record, write it, remove it (a refused create).
import type { Unit } from '../../shared/live/units.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { GenericRecord } from '../../shared/records/entities.ts';
import type { RecordEntity, SharedRecord } from '../../shared/sync/mutations.ts';
import type { Cache } from '../cache/cache.ts';

export interface RecordStore {
  get(id: string): SharedRecord | null;
  put(record: SharedRecord): void;
  remove(id: string): void;
}

export function recordStore(cache: Cache, entity: RecordEntity): RecordStore {
  if (entity === 'operation') {
    return {
      get: (id) => cache.operations.get(id),
      put: (record) => cache.operations.put([record as Operation]),
      remove: (id) => cache.operations.remove(id),
    };
  }
  if (entity === 'unit') {
    return {
      get: (id) => cache.units.get(id),
      put: (record) => cache.units.put(record as Unit),
      remove: (id) => cache.units.remove(id),
    };
  }
  return {
    get: (id) => cache.records.get(entity, id),
    put: (record) => cache.records.put(entity, record as GenericRecord),
    remove: (id) => cache.records.remove(entity, id),
  };
}
