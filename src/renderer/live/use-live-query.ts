// The one way a view reads something that changes: useLiveQuery('court.cases', {}) reads it, reads again when
// its records or events say so (live-query.ts), after the page reconnects to its host (events sent meanwhile were
// lost), and stops listening when the view goes away. Another input starts over: loading, and no value — or, with
// keepPrevious, the previous input's value until the new one answers (a week view paging to the next week).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MethodInput, MethodResult } from '../../shared/api/contract.ts';
import type { LiveMethod } from '../../shared/api/live-queries.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useReconnectEpoch } from '../hooks/use-reconnect-epoch.ts';
import { watchLiveQuery, type LiveQueryState, type LiveQueryWatch } from './live-query.ts';

export interface LiveQuery<T> extends LiveQueryState<T> {
  /** Reads again now (a "Refresh" button). */
  refresh(): void;
}

export function useLiveQuery<M extends LiveMethod>(
  method: M,
  input: MethodInput<M>,
  { keepPrevious = false }: { readonly keepPrevious?: boolean } = {},
): LiveQuery<MethodResult<M>> {
  const api = useApi();
  const reconnectEpoch = useReconnectEpoch();
  const key = `${method} ${JSON.stringify(input)}`;
  const [state, setState] = useState<{ key: string; value: LiveQueryState<MethodResult<M>> } | null>(null);
  const watch = useRef<LiveQueryWatch | null>(null);

  // `input` is represented by `key`; reconnectEpoch is a dependency on purpose (read again after a reconnect).
  useEffect(() => {
    const watching = watchLiveQuery(api, method, JSON.parse(key.slice(method.length + 1)) as MethodInput<M>, (value) =>
      setState({ key, value }),
    );
    watch.current = watching;
    return () => watching.stop();
  }, [api, method, key, reconnectEpoch]);

  return useMemo(() => {
    const current =
      state?.key === key ? state.value : { value: keepPrevious ? (state?.value.value ?? null) : null, error: null, loading: true };
    return { ...current, refresh: () => watch.current?.refresh() };
  }, [state, key, keepPrevious]);
}
