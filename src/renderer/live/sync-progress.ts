// Runs in: the renderer (pure, no DOM). What a first sync's progress bar shows, decided from the SyncStatus
// alone, so that the bar, its announcement and the operations grid's empty message agree and are tested without
// a DOM. The words are in sync-progress-text.ts.
import type { SyncProgress, SyncStatus } from '../../shared/live/sync-status.ts';

/**
 * Under 90 s the estimate is said in seconds ("~20 s"); from there on in whole minutes ("~2 min"): "~95 s" would
 * claim a precision a rate measured over a few seconds does not have.
 */
export const ETA_SECONDS_LIMIT = 90;

export interface Eta {
  readonly value: number;
  readonly unit: 'seconds' | 'minutes';
}

/** The estimate as said: seconds rounded up (never "~0 s" while work is left), minutes rounded; null: unknown. */
export function etaParts(seconds: number | null): Eta | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < ETA_SECONDS_LIMIT) return { value: Math.max(1, Math.ceil(seconds)), unit: 'seconds' };
  return { value: Math.round(seconds / 60), unit: 'minutes' };
}

/**
 * The bar's value in whole percent, rounded down so that 100 % means every operation is in. Null (an
 * indeterminate bar) while building: the indexes are built in one step whose own progress is not known — only the
 * estimate says how long it takes.
 */
export function progressPercent(progress: SyncProgress): number | null {
  if (progress.phase === 'building' || !(progress.total > 0)) return null;
  return Math.min(100, Math.max(0, Math.floor((progress.done / progress.total) * 100)));
}

/**
 * The console follows a hub but has none of its data yet (its bulk load runs, or it is still connecting or
 * catching up without a first answer): an empty grid then means "not here yet", not "no operations".
 */
export function firstSyncPending(status: SyncStatus | null): boolean {
  if (!status || status.hubUrl === null) return false;
  if (status.progress !== null) return true;
  return status.dataAsOf === null && (status.state === 'connecting' || status.state === 'catching_up');
}
