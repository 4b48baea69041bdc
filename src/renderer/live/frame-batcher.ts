// Coalesces a stream of row updates into at most one batch per frame. Between two flushes the rows are kept
// in a Map by key, so a unit that moved five times since the last frame is applied once, with its latest row.
// The scheduler is a parameter: requestAnimationFrame in the page, a fake in tests.

/** Runs `callback` once, later (next animation frame); returns a function that cancels it. */
export type Schedule = (callback: () => void) => () => void;

export interface FrameBatcher<T> {
  /** Queues rows; the latest row of a key replaces any queued earlier one. */
  push(rows: Iterable<T>): void;
  /** Drops what is queued (a fresh snapshot supersedes it) and cancels the scheduled flush. */
  clear(): void;
  /** clear() for good: later pushes are ignored. */
  dispose(): void;
  /** Rows waiting for the next flush. */
  readonly size: number;
}

export interface FrameBatcherOptions<T> {
  readonly keyOf: (row: T) => string;
  /** Receives every queued row, each key once, in the order keys were first queued since the last flush. */
  readonly flush: (rows: T[]) => void;
  readonly schedule: Schedule;
}

export function createFrameBatcher<T>({ keyOf, flush, schedule }: FrameBatcherOptions<T>): FrameBatcher<T> {
  let pending = new Map<string, T>();
  let cancel: (() => void) | null = null;
  let disposed = false;

  const run = () => {
    cancel = null;
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending = new Map();
    flush(batch);
  };

  const clear = () => {
    cancel?.();
    cancel = null;
    pending = new Map();
  };

  return {
    push(rows) {
      if (disposed) return;
      for (const row of rows) pending.set(keyOf(row), row);
      if (cancel === null && pending.size > 0) cancel = schedule(run);
    },
    clear,
    dispose() {
      disposed = true;
      clear();
    },
    get size() {
      return pending.size;
    },
  };
}

/** The page's scheduler: one callback per animation frame (paused while the window is hidden). */
export const animationFrameSchedule: Schedule = (callback) => {
  const id = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(id);
};
