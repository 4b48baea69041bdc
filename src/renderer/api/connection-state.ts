// Whether the renderer can reach the console core. A tiny external store, read by React with
// useSyncExternalStore, so the shell can show a banner and views can refresh after a reconnect.

/**
 * connecting   — no connection yet since the page loaded;
 * connected    — calls reach the host;
 * disconnected — the connection failed or dropped; retries continue in the background and the state
 *                stays 'disconnected' until one succeeds (so the banner does not flicker on every attempt);
 * refused      — the host rejected this page's secret (it was restarted, or the address is stale). Final:
 *                no more retries, the user has to open the address the host printed when it started.
 */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'refused';

export interface ConnectionSnapshot {
  readonly state: ConnectionState;
  /** Successful connections so far; a change means "reconnected: data may have changed meanwhile". */
  readonly sessions: number;
}

export interface ConnectionStore {
  getSnapshot(): ConnectionSnapshot;
  subscribe(listener: () => void): () => void;
}

export interface WritableConnectionStore extends ConnectionStore {
  set(state: ConnectionState): void;
}

export function createConnectionStore(initial: ConnectionState): WritableConnectionStore {
  let snapshot: ConnectionSnapshot = { state: initial, sessions: initial === 'connected' ? 1 : 0 };
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(state) {
      if (state === snapshot.state) return;
      snapshot = { state, sessions: snapshot.sessions + (state === 'connected' ? 1 : 0) };
      for (const listener of listeners) listener();
    },
  };
}
