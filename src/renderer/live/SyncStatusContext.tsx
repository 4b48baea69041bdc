// The console's connection with the dispatch hub, read once for the whole page ('sync.status', kept current by
// 'sync.state'): the header's indicator and the unit board must never disagree about it.
import { createContext, useContext, type ReactNode } from 'react';
import type { SyncStatus } from '../../shared/live/sync-status.ts';
import { useLiveQuery } from './use-live-query.ts';

const SyncStatusContext = createContext<SyncStatus | null>(null);

export function SyncStatusProvider({ children }: { readonly children: ReactNode }) {
  // Unanswered (host gone): the indicator keeps saying what it knew (a live query keeps its last value).
  const { value } = useLiveQuery('sync.status', {});
  return <SyncStatusContext value={value}>{children}</SyncStatusContext>;
}

/** The latest SyncStatus, or null before the core first answered. */
export function useSyncStatus(): SyncStatus | null {
  return useContext(SyncStatusContext);
}
