// Runs anywhere (pure). How long a first sync's bulk load still needs (SyncProgress.etaSeconds): the operations not
// yet received at the rate measured in this run, plus the build of the indexes, the address search and the facts,
// which grows with the total. No estimate before a second of paging: the first pages include the worker's start.
import type { SyncProgress } from './sync-status.ts';

/**
 * Rows per second of the build (indexes, address search, facts, ANALYZE) on the 2-core reference machine: 100,000
 * operations built in 2.1–3 s (indexes 1.1 s, address search 0.3 s, facts 0.8 s).
 */
export const BUILD_ROWS_PER_SECOND = 40_000;
const MIN_SAMPLE_MS = 1_000;

export interface LoadTiming {
  readonly phase: SyncProgress['phase'];
  /** Operations received so far (this run and, when resumed, those before). */
  readonly done: number;
  readonly total: number;
  /** Operations already received when this run started (a load resumed after a restart). */
  readonly doneAtStart: number;
  /** Time spent paging in this run, and building (0 while paging). */
  readonly pagingMs: number;
  readonly buildingMs: number;
}

export function firstSyncEta(timing: LoadTiming): number | null {
  const buildSeconds = timing.total / BUILD_ROWS_PER_SECOND;
  if (timing.phase === 'building') return Math.max(1, Math.ceil(buildSeconds - timing.buildingMs / 1000));
  const received = timing.done - timing.doneAtStart;
  if (timing.pagingMs < MIN_SAMPLE_MS || received <= 0) return null;
  const perSecond = (received / timing.pagingMs) * 1000;
  return Math.ceil(Math.max(0, timing.total - timing.done) / perSecond + buildSeconds);
}
