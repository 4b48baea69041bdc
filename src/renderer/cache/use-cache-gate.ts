// Whether the local cache can be used. Asked at start and after every reconnect (the host may have been
// restarted with another data directory); views report cache_unavailable errors through recheck().
import { useCallback, useEffect, useState } from 'react';
import type { CacheStatus, MethodResult } from '../../shared/api/contract.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useReconnectEpoch } from '../hooks/use-reconnect-epoch.ts';

export type UnavailableCache = Extract<CacheStatus, { state: 'unavailable' }>;

export type CacheGateState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'unavailable'; readonly status: UnavailableCache }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface CacheGate {
  readonly state: CacheGateState;
  /** Where the unusable cache file was moved by the last rebuild, until the user dismisses it. */
  readonly movedTo: string | null;
  dismissMovedTo(): void;
  recheck(): void;
  rebuilt(result: MethodResult<'cache.rebuild'>): void;
}

const fromStatus = (status: CacheStatus): CacheGateState =>
  status.state === 'ready' ? { kind: 'ready' } : { kind: 'unavailable', status };

export function useCacheGate(): CacheGate {
  const api = useApi();
  const epoch = useReconnectEpoch();
  const [state, setState] = useState<CacheGateState>({ kind: 'checking' });
  const [movedTo, setMovedTo] = useState<string | null>(null);

  const recheck = useCallback(() => {
    api.call('cache.status', {}).then(
      (status) => setState(fromStatus(status)),
      (error: unknown) => setState({ kind: 'failed', error }),
    );
  }, [api]);

  useEffect(recheck, [recheck, epoch]);

  const rebuilt = useCallback((result: MethodResult<'cache.rebuild'>) => {
    setMovedTo(result.movedTo ?? null);
    setState(fromStatus(result));
  }, []);

  const dismissMovedTo = useCallback(() => setMovedTo(null), []);

  return { state, movedTo, dismissMovedTo, recheck, rebuilt };
}
