// The vector basemap the console serves ('map.basemap'), read once per page and shared: the Despacho map builds its
// style from it and «Configuración» → «Mapa base» shows and changes it. A choice made here ('map.basemap.set')
// is published as soon as the core accepts it, so the map changes at once; a refused one changes nothing. When
// answers cross (a reload still running while a choice is made), the request started last wins.
import { useSyncExternalStore } from 'react';
import type { ApiClient } from '../../shared/api/client.ts';
import type { BasemapInfo } from '../../shared/geo/basemap-info.ts';

export type BasemapSnapshot =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly info: BasemapInfo }
  | { readonly state: 'failed'; readonly error: unknown };

export interface BasemapStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): BasemapSnapshot;
  /** Asks the core again (e.g. after a failure; the core then also retries a chosen file it could not open). */
  reload(): void;
  /** Makes `file` the basemap (null: the demo tileset). Resolves with the new info, already published; rejects, changing nothing, when refused. */
  choose(file: string | null): Promise<BasemapInfo>;
}

const LOADING: BasemapSnapshot = { state: 'loading' };

export function createBasemapStore(api: ApiClient): BasemapStore {
  const listeners = new Set<() => void>();
  let snapshot: BasemapSnapshot = LOADING;
  let started = 0; // requests started
  let shown = 0; // the request whose answer is shown (0: none yet)

  const publish = (next: BasemapSnapshot) => {
    snapshot = next;
    listeners.forEach((listener) => listener());
  };

  const load = () => {
    const request = ++started;
    if (snapshot.state === 'failed') publish(LOADING);
    api.call('map.basemap', {}).then(
      (info) => {
        if (request <= shown) return;
        shown = request;
        publish({ state: 'ready', info });
      },
      (error: unknown) => {
        // A basemap already known stays (the map keeps drawing it); only a page that has none says it failed.
        if (request <= shown || snapshot.state === 'ready') return;
        shown = request;
        publish({ state: 'failed', error });
      },
    );
  };

  load();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    reload: load,
    async choose(file) {
      const request = ++started;
      const info = await api.call('map.basemap.set', { file });
      // The core has made this choice: it is what is served now, whatever an earlier request answers later.
      if (request > shown) {
        shown = request;
        publish({ state: 'ready', info });
      }
      return info;
    },
  };
}

const stores = new WeakMap<ApiClient, BasemapStore>();

/** The page's one store per API client (the Despacho map and the console configuration share it). */
export function basemapStoreFor(api: ApiClient): BasemapStore {
  let store = stores.get(api);
  if (!store) {
    store = createBasemapStore(api);
    stores.set(api, store);
  }
  return store;
}

export function useBasemap(store: BasemapStore): BasemapSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
