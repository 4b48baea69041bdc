// Runs in: Node. The stores of the kinds the console keeps in tables of their own (`cache: 'own'` in their kind
// file). A new such kind does not compile until it has an entry here — and a migration with its table.
import type { OwnCacheEntity, RecordOf } from '../../shared/records/registry.ts';
import type { Cache } from '../cache/cache.ts';
import type { RecordStore } from './store.ts';

export const OWN_STORES: { readonly [E in OwnCacheEntity]: (cache: Cache) => RecordStore<RecordOf<E>> } = {
  // The grid's table: its query caches are dropped after every write.
  operation: ({ operations }) => ({
    get: (id) => operations.get(id),
    put: (record) => {
      operations.put([record]);
      operations.changed();
    },
    putNewer: (records) => {
      operations.putNewer(records);
      if (records.length) operations.changed();
    },
    remove: (id) => {
      operations.remove(id);
      operations.changed();
    },
    resetForHub: () => {
      operations.resetForHub();
      operations.changed();
    },
  }),
  unit: ({ units }) => ({
    get: (id) => units.get(id),
    put: (record) => units.put(record),
    putNewer: (records) => units.upsertUnits(records),
    remove: (id) => units.remove(id),
    resetForHub: () => units.resetForHub(),
  }),
  audit_entry: ({ audit }) => ({
    get: (id) => audit.get(id),
    put: (record) => audit.put(record),
    putNewer: (records) => audit.putNewer(records),
    remove: (id) => audit.remove(id),
    resetForHub: () => audit.resetForHub(),
  }),
};
