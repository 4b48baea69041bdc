// The map's online tile source as the renderer sees it: what is saved (prefs 'map.tileSource', read once per
// page) and what this page may draw. The CSP is fixed when the page loads, and the host writes the image origins
// it allows into <meta name="csp-img-origins">: a source saved since then whose origin is not among them is not
// drawn until the page reloads (the map never asks for an image the policy would refuse). Clearing the source
// applies at once.
import { useSyncExternalStore } from 'react';
import type { ApiClient } from '../../shared/api/client.ts';
import { PREF_SCHEMAS } from '../../shared/api/prefs.ts';
import { tileOrigin, type TileSource } from '../../shared/geo/tile-source.ts';
import { IMG_ORIGINS_PLACEHOLDER } from '../../shared/security/csp.ts';

/** The image origins this page's CSP allows besides its own; 'any' when it was served without a CSP (dev server). */
export type PageImageOrigins = readonly string[] | 'any';

export function pageImageOrigins(doc: Pick<Document, 'querySelector'> = document): PageImageOrigins {
  const content = doc.querySelector('meta[name="csp-img-origins"]')?.getAttribute('content');
  if (content === undefined || content === null || content === IMG_ORIGINS_PLACEHOLDER) return 'any';
  return content.split(' ').filter(Boolean);
}

/** The saved source if this page may draw it, else null. */
export function drawableSource(saved: TileSource | null, allowed: PageImageOrigins): TileSource | null {
  if (!saved) return null;
  if (allowed === 'any') return saved;
  const origin = tileOrigin(saved.urlTemplate);
  return origin !== null && allowed.includes(origin) ? saved : null;
}

export interface TileSourceSnapshot {
  readonly loaded: boolean;
  readonly saved: TileSource | null;
  /** What the map draws: the saved source when this page's CSP allows its origin. */
  readonly active: TileSource | null;
  /** A source is saved that this page cannot draw: a reload applies it. */
  readonly reloadNeeded: boolean;
}

export interface TileSourceStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): TileSourceSnapshot;
  /** Saves a source (already checked) or null to go back to the offline basemap only; rejects when not saved. */
  save(source: TileSource | null): Promise<void>;
}

export function createTileSourceStore(api: ApiClient, allowed: PageImageOrigins): TileSourceStore {
  const listeners = new Set<() => void>();
  const snapshotOf = (loaded: boolean, saved: TileSource | null): TileSourceSnapshot => {
    const active = drawableSource(saved, allowed);
    return { loaded, saved, active, reloadNeeded: saved !== null && active === null };
  };
  let snapshot = snapshotOf(false, null);
  let changedLocally = false;
  const publish = (saved: TileSource | null) => {
    snapshot = snapshotOf(true, saved);
    listeners.forEach((listener) => listener());
  };
  api
    .call('prefs.get', { key: 'map.tileSource' })
    .then(({ value }) => {
      if (changedLocally) return;
      const parsed = PREF_SCHEMAS['map.tileSource'].safeParse(value);
      publish(parsed.success ? parsed.data : null);
    })
    // An unreadable preference: the offline basemap only, as by default.
    .catch(() => {
      if (!changedLocally) publish(null);
    });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    async save(source) {
      await api.call('prefs.set', { key: 'map.tileSource', value: source });
      changedLocally = true;
      publish(source);
    },
  };
}

const stores = new WeakMap<ApiClient, TileSourceStore>();

/** The page's one store per API client (the Despacho map and the console configuration share it). */
export function tileSourceStoreFor(api: ApiClient): TileSourceStore {
  let store = stores.get(api);
  if (!store) {
    store = createTileSourceStore(api, pageImageOrigins());
    stores.set(api, store);
  }
  return store;
}

export function useTileSource(store: TileSourceStore): TileSourceSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
