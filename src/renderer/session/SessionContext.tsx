// Which hub the console follows and who is signed in, read once for the whole page ('session.get', kept current by
// 'session.changed'): the header and the console configuration («Configuración») always agree.
import { createContext, useContext, type ReactNode } from 'react';
import type { SessionInfo } from '../../shared/api/session.ts';
import { useLiveQuery } from '../live/use-live-query.ts';

const SessionContext = createContext<SessionInfo | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  // Unanswered (host gone): the header keeps what it knew (a live query keeps its last value).
  const { value } = useLiveQuery('session.get', {});
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The latest SessionInfo, or null before the core first answered. */
export function useSession(): SessionInfo | null {
  return useContext(SessionContext);
}
