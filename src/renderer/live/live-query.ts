// A ConsoleApi read kept current: read once, then again whenever what it depends on changes (LIVE_QUERIES:
// records of some kinds, some events), when the signed-in person changes, and on refresh(). Framework-free, so
// that the one React hook (use-live-query.ts) stays a thin wrapper and the timing is tested here.
//
//   start ─► read ─┬─► answer: value, error cleared
//                  └─► failure: error, the last value kept
//   a change ─► scheduler (a person's own write or a reset: at once; the hub's bursts: ≤ 2 reads a second)
//            ─► read — never two at once: a change during a read asks for one more read after it
//   stop ─► unsubscribed; an answer still on its way is dropped
import type { ApiClient } from '../../shared/api/client.ts';
import type { MethodInput, MethodResult } from '../../shared/api/contract.ts';
import { LIVE_QUERIES, type LiveDependencies, type LiveMethod } from '../../shared/api/live-queries.ts';
import type { RecordsChanged } from '../../shared/api/records.ts';
import { createReloadScheduler, type ReloadClock } from './reload-scheduler.ts';

export interface LiveQueryState<T> {
  /** The latest answer (null before the first). */
  readonly value: T | null;
  /** Why the latest read failed (null when it did not). */
  readonly error: unknown;
  /** The first read has not answered yet. */
  readonly loading: boolean;
}

export interface LiveQueryWatch {
  refresh(): void;
  stop(): void;
}

function dependenciesOf<M extends LiveMethod>(method: M, input: MethodInput<M>) {
  const { records = [], events = [] }: LiveDependencies<M> = LIVE_QUERIES[method];
  return { records: typeof records === 'function' ? records(input) : records, events };
}

export function watchLiveQuery<M extends LiveMethod>(
  api: ApiClient,
  method: M,
  input: MethodInput<M>,
  onState: (state: LiveQueryState<MethodResult<M>>) => void,
  clock?: ReloadClock,
): LiveQueryWatch {
  let state: LiveQueryState<MethodResult<M>> = { value: null, error: null, loading: true };
  let reading = false;
  let again = false;
  let stopped = false;
  const set = (next: LiveQueryState<MethodResult<M>>) => {
    state = next;
    if (!stopped) onState(state);
  };
  const read = () => {
    if (stopped) return;
    if (reading) return void (again = true);
    reading = true;
    api
      .call(method, input)
      .then(
        (value) => set({ value, error: null, loading: false }),
        (error: unknown) => set({ value: state.value, error, loading: false }),
      )
      .finally(() => {
        reading = false;
        if (again) {
          again = false;
          read();
        }
      });
  };
  const scheduler = createReloadScheduler(read, undefined, clock);
  const { records, events } = dependenciesOf(method, input);
  const unsubscribe = [
    api.on('records.changed', ({ entity, source }: RecordsChanged) => records.includes(entity) && scheduler.changed(source)),
    api.on('session.changed', () => scheduler.changed('reset')),
    ...events.map((event) => api.on(event, () => scheduler.changed('local'))),
  ];
  read();
  return {
    refresh: () => scheduler.changed('local'),
    stop() {
      stopped = true;
      scheduler.dispose();
      for (const off of unsubscribe) off();
    },
  };
}
