// When a view reads again after 'records.changed'. A person's own write ('local') or a replaced kind ('reset')
// reloads at once: the row must show the change under their eyes. Records from the hub ('hub') can arrive in
// bursts (a pull after a reconnect is many pages): those reload at most once per interval, the last one always
// (trailing), so the view never lags behind the cache for long.
import type { RecordsChanged } from '../../shared/api/records.ts';

export interface ReloadScheduler {
  changed(source: RecordsChanged['source']): void;
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
    changed(source) {
      if (source !== 'hub') return run();
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
