// The console's connection with the dispatch hub ('sync.status', then 'sync.state' events), read once for the
// whole page: the header's indicator and the unit board must never disagree about it.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SyncStatus } from '../../shared/live/sync-status.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useReconnectEpoch } from '../hooks/use-reconnect-epoch.ts';

const SyncStatusContext = createContext<SyncStatus | null>(null);

export function SyncStatusProvider({ children }: { readonly children: ReactNode }) {
  const api = useApi();
  const reconnectEpoch = useReconnectEpoch();
  const [status, setStatus] = useState<SyncStatus | null>(null);

  useEffect(() => api.on('sync.state', setStatus), [api]);

  // Asked at start and again after the page reconnects to the host (events sent meanwhile were lost). The
  // answer is at least as new as any event received before it: the host sends both over one ordered channel.
  // reconnectEpoch is a dependency on purpose.
  useEffect(() => {
    let current = true;
    api.call('sync.status', {}).then(
      (answer) => {
        if (current) setStatus(answer);
      },
      () => {
        // Unanswered (host gone, or a core without live sync): the indicator keeps saying what it knew.
      },
    );
    return () => {
      current = false;
    };
  }, [api, reconnectEpoch]);

  return <SyncStatusContext value={status}>{children}</SyncStatusContext>;
}

/** The latest SyncStatus, or null before the core first answered. */
export function useSyncStatus(): SyncStatus | null {
  return useContext(SyncStatusContext);
}
