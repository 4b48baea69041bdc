// Gives every view the typed ConsoleApi client and the live connection state.
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api/client.ts';
import type { ConnectionSnapshot, ConnectionStore } from './connection-state.ts';

interface ApiContextValue {
  readonly api: ApiClient;
  readonly connection: ConnectionStore;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ api, connection, children }: ApiContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ api, connection }), [api, connection]);
  return <ApiContext value={value}>{children}</ApiContext>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi must be used inside <ApiProvider>');
  return value;
}

export function useApi(): ApiClient {
  return useApiContext().api;
}

export function useConnection(): ConnectionSnapshot {
  const { connection } = useApiContext();
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot);
}
