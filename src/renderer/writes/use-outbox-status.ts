// How many local changes wait for the hub and how many it refused ('outbox.status', then 'outbox.changed').
import { useEffect, useState } from 'react';
import type { OutboxStatus } from '../../shared/api/writes.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useReconnectEpoch } from '../hooks/use-reconnect-epoch.ts';

/** null before the core first answered (or while it cannot: an older core, a cache that is unavailable). */
export function useOutboxStatus(): OutboxStatus | null {
  const api = useApi();
  const reconnectEpoch = useReconnectEpoch();
  const [status, setStatus] = useState<OutboxStatus | null>(null);

  useEffect(() => api.on('outbox.changed', setStatus), [api]);

  // reconnectEpoch is a dependency on purpose: asked again after the page reconnects to the host.
  useEffect(() => {
    let current = true;
    api.call('outbox.status', {}).then(
      (answer) => {
        if (current) setStatus(answer);
      },
      () => {
        if (current) setStatus(null);
      },
    );
    return () => {
      current = false;
    };
  }, [api, reconnectEpoch]);

  return status;
}
