// Runs in: Node. Every record kind behind one face, so the write path and the sync are written once for all of
// them: the kinds in the generic table share one store; a kind with a table of its own (its kind file says
// `cache: 'own'`) gets its store from own-stores.ts — a table the compiler requires to name every such kind.
import {
  RECORD_KINDS,
  type GenericCacheEntity,
  type OwnCacheEntity,
  type RecordEntity,
  type RecordOf,
} from '../../shared/records/registry.ts';
import type { Cache } from '../cache/cache.ts';
import { OWN_STORES } from './own-stores.ts';
import type { RecordStore } from './store.ts';

function genericStore<E extends GenericCacheEntity>(cache: Cache, entity: E): RecordStore<RecordOf<E>> {
  return {
    get: (id) => cache.records.get(entity, id),
    put: (record) => cache.records.put(entity, record),
    putNewer: (records) => cache.records.putNewer(entity, records),
    remove: (id) => cache.records.remove(entity, id),
    resetForHub: () => cache.records.resetForHub(entity),
  };
}

const isOwn = (entity: RecordEntity): entity is OwnCacheEntity => RECORD_KINDS[entity].cache === 'own';

export function recordStore<E extends RecordEntity>(cache: Cache, entity: E): RecordStore<RecordOf<E>> {
  const store = isOwn(entity) ? OWN_STORES[entity](cache) : genericStore(cache, entity as GenericCacheEntity);
  return store as unknown as RecordStore<RecordOf<E>>;
}
