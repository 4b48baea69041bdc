// Hands the board's units to the map without re-rendering the board: the board publishes after every applied
// batch (up to once a frame); the map, subscribed through useSyncExternalStore, gets a fresh snapshot at most
// every `intervalMs`. At 2,000 updates a second the grid stays the hot path and the map follows a few times a
// second, which is as often as a dispatcher can read moving dots anyway.
import type { UnitRow } from '../../../../shared/live/unit-row.ts';

export interface UnitsFeed {
  /** The board's current units (read at the next snapshot, so the board may keep mutating its map). */
  publish(units: ReadonlyMap<string, UnitRow>): void;
  subscribe(listener: () => void): () => void;
  /** The same array until the next snapshot (useSyncExternalStore compares by identity). */
  getSnapshot(): readonly UnitRow[];
  /** The unit as of the last snapshot. */
  unit(id: string): UnitRow | undefined;
  dispose(): void;
}

export interface FeedTimers {
  readonly now: () => number;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

const realTimers: FeedTimers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const EMPTY: readonly UnitRow[] = [];

export function createUnitsFeed(intervalMs: number, timers: FeedTimers = realTimers): UnitsFeed {
  const listeners = new Set<() => void>();
  let source: ReadonlyMap<string, UnitRow> | null = null;
  let snapshot = EMPTY;
  let byId = new Map<string, UnitRow>();
  let lastSnapshotAt = -Infinity;
  let timer: unknown = null;

  const takeSnapshot = () => {
    timer = null;
    lastSnapshotAt = timers.now();
    byId = new Map(source ?? []);
    snapshot = [...byId.values()];
    for (const listener of listeners) listener();
  };

  return {
    publish(units) {
      source = units;
      if (timer !== null) return;
      const wait = lastSnapshotAt + intervalMs - timers.now();
      if (wait <= 0) takeSnapshot();
      else timer = timers.setTimeout(takeSnapshot, wait);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    unit: (id) => byId.get(id),
    dispose() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      listeners.clear();
    },
  };
}
