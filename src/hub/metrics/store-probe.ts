// Runs in: Node. Whether the hub's store answers a query now: what /healthz says and `convivencia_hub_store_up`
// counts. The query is the change log's seq, which both also report. A change of state is logged once (the store
// stopped answering, with the error; it answers again), not once per probe: a load balancer asks every few seconds.
import type { Dialect } from '../store/sql/sql-db.ts';
import type { HubLog } from '../hub-log.ts';
import type { HubStore } from '../store/hub-store.ts';

export type StoreHealth = { readonly ok: true; readonly seq: number; readonly store: Dialect } | { readonly ok: false };

export function storeProbe(store: HubStore, log: HubLog): () => StoreHealth {
  const kind = store.db.dialect;
  let answering = true;
  return () => {
    try {
      const seq = store.changes.lastSeq();
      if (!answering) log.info('store answers again', { store: kind });
      answering = true;
      return { ok: true, seq, store: kind };
    } catch (err) {
      if (answering) log.error('store unavailable', { store: kind, err });
      answering = false;
      return { ok: false };
    }
  };
}
