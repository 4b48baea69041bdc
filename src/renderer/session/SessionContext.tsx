// Which hub the console follows and who is signed in ('session.get', then 'session.changed' events), read once
// for the whole page: the header and the console configuration («Configuración») always agree.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../shared/api/session.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useReconnectEpoch } from '../hooks/use-reconnect-epoch.ts';

const SessionContext = createContext<SessionInfo | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const api = useApi();
  const reconnectEpoch = useReconnectEpoch();
  const [info, setInfo] = useState<SessionInfo | null>(null);

  useEffect(() => api.on('session.changed', setInfo), [api]);

  // Asked at start and after the page reconnects to the host (events sent meanwhile were lost).
  // reconnectEpoch is a dependency on purpose.
  useEffect(() => {
    let current = true;
    api.call('session.get', {}).then(
      (answer) => {
        if (current) setInfo(answer);
      },
      () => {
        // Unanswered (host gone): the header keeps what it knew.
      },
    );
    return () => {
      current = false;
    };
  }, [api, reconnectEpoch]);

  return <SessionContext value={info}>{children}</SessionContext>;
}

/** The latest SessionInfo, or null before the core first answered. */
export function useSession(): SessionInfo | null {
  return useContext(SessionContext);
}
