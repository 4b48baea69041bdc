// How current the console's picture of the hub is — always visible to the user.
//
//   connecting ──login+snapshot──► live ──drop──► offline ──reconnect──► catching_up ──caught up──► live
//
// `dataAsOf` is the hub time of the newest data the console holds (null before the first sync), so the UI can
// say "sin conexión desde 14:05 · datos de hace 3 min".
// signed_out: a hub is chosen but nobody is signed in to it (a saved remote hub at start: passwords are never
// stored), so nothing is synced until the person signs in.
export const SYNC_STATES = ['connecting', 'live', 'catching_up', 'offline', 'signed_out'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export interface SyncStatus {
  readonly state: SyncState;
  readonly hubUrl: string | null; // null: no hub configured
  /** When the console went offline (epoch ms); null unless offline. */
  readonly offlineSince: number | null;
  readonly dataAsOf: number | null;
  /** Why the last connection attempt failed, when it did. */
  readonly lastError: 'unauthorized' | 'unreachable' | null;
  /** A first sync's bulk load while it runs (state catching_up); null otherwise. */
  readonly progress: SyncProgress | null;
}

/**
 * How far a first sync's bulk load is: the hub's operations are paged into a new cache file (phase paging), whose
 * indexes and address search are then built once (phase building) before it replaces the cache.
 */
export interface SyncProgress {
  readonly phase: 'paging' | 'building';
  /** Operations received so far, of the hub's total at the snapshot. */
  readonly done: number;
  readonly total: number;
  /** Estimated seconds until the console is live; null while no rate is known yet. */
  readonly etaSeconds: number | null;
}
