// What the console says about its connection with the dispatch hub, decided from the SyncStatus alone so that
// the header's indicator and the unit board's stale notice always agree (and can be tested without a DOM).
import { positionAgeSeconds } from '../../shared/live/freshness.ts';
import type { SyncState, SyncStatus } from '../../shared/live/sync-status.ts';
import type { ConnectionState } from '../api/connection-state.ts';

/** The indicator's message, before wording: 'unknown' until the core answered 'sync.status'. */
export type SyncMessage =
  | { readonly kind: 'unknown' | 'no_hub' | 'live' | 'catching_up' | 'connecting' | 'signed_out' }
  | { readonly kind: 'offline'; readonly since: number | null; readonly dataAgeSeconds: number | null };

export interface SyncView {
  /** data-state of the indicator: the sync state, or 'unknown' before the first answer. */
  readonly state: SyncState | 'unknown';
  readonly message: SyncMessage;
  /** The hub refused the console's credentials (shown in any state but live). */
  readonly unauthorized: boolean;
}

export function syncView(status: SyncStatus | null, now: number): SyncView {
  if (!status) return { state: 'unknown', message: { kind: 'unknown' }, unauthorized: false };
  const unauthorized = status.lastError === 'unauthorized' && status.state !== 'live';
  if (status.hubUrl === null) return { state: status.state, message: { kind: 'no_hub' }, unauthorized };
  if (status.state !== 'offline') return { state: status.state, message: { kind: status.state }, unauthorized };
  return {
    state: 'offline',
    message: { kind: 'offline', since: status.offlineSince, dataAgeSeconds: dataAgeSeconds(status, now) },
    unauthorized,
  };
}

/** How old the newest data the console holds is (null before the first sync). */
export function dataAgeSeconds(status: SyncStatus | null, now: number): number | null {
  return positionAgeSeconds(status?.dataAsOf ?? null, now);
}

/** Why the unit board's rows may be out of date: host first (then nothing reaches the page at all). */
export type StaleReason = 'host' | 'no_hub' | 'offline' | 'catching_up' | 'connecting' | 'signed_out';

/**
 * Null while the board is live. Not stale before the first 'sync.status' answer (nothing is known yet), nor
 * while the page is still making its very first connection to the host (the board has no rows then).
 */
export function boardStaleness(status: SyncStatus | null, host: ConnectionState): StaleReason | null {
  if (host === 'disconnected' || host === 'refused') return 'host';
  if (!status) return null;
  if (status.hubUrl === null) return 'no_hub';
  return status.state === 'live' ? null : status.state;
}

/** The indicator shows a running age only when offline; only then does it need a clock. */
export const needsClock = (status: SyncStatus | null): boolean => status?.state === 'offline' && status.hubUrl !== null;
