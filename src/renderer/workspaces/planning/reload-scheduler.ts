// When the operations grid reloads its loaded blocks after 'operations.changed'. A person's own write
// ('written') or a rebuilt cache reloads at once: the row must show the change under their eyes. Records from
// the hub ('synced') can arrive in bursts (a pull after a reconnect is many pages): those reload at most once
// per interval, the last one always (trailing), so the grid never lags behind the cache for long.
export type ChangeReason = 'rebuilt' | 'written' | 'synced';

export interface ReloadScheduler {
  changed(reason: ChangeReason): void;
  dispose(): void;
}

export interface ReloadClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: ReloadClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** At most 2 reloads a second for hub changes. */
export const SYNCED_RELOAD_INTERVAL_MS = 500;

export function createReloadScheduler(
  reload: () => void,
  intervalMs = SYNCED_RELOAD_INTERVAL_MS,
  clock: ReloadClock = realClock,
): ReloadScheduler {
  let last = -Infinity;
  let timer: unknown = null;
  const run = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    last = clock.now();
    reload();
  };
  return {
    changed(reason) {
      if (reason !== 'synced') return run();
      if (timer !== null) return; // a reload is already due: it will include this change
      const wait = last + intervalMs - clock.now();
      if (wait <= 0) run();
      else timer = clock.setTimeout(run, wait);
    },
    dispose() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
