// The timing of a live query over an in-memory ConsoleApi (the real one crosses a socket to a core: e2e covers
// that): what makes it read again, that reads never overlap, and that a stopped query stays silent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client.ts';
import type { EventName } from '../../shared/api/names.ts';
import { watchLiveQuery, type LiveQueryState } from './live-query.ts';

/** An ApiClient whose answers the test releases one by one, and whose events the test emits. */
function inMemoryApi(answerAtOnce?: unknown) {
  const pending: { resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api: ApiClient = {
    call: vi.fn(() =>
      answerAtOnce === undefined ? new Promise((resolve, reject) => pending.push({ resolve, reject })) : Promise.resolve(answerAtOnce),
    ) as never,
    on: ((event: EventName, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => set.delete(listener);
    }) as never,
  };
  return {
    api,
    calls: () => (api.call as ReturnType<typeof vi.fn>).mock.calls.length,
    answer: async (value: unknown) => {
      pending.shift()!.resolve(value);
      await vi.runAllTimersAsync();
    },
    fail: async (error: unknown) => {
      pending.shift()!.reject(error);
      await vi.runAllTimersAsync();
    },
    emit: (event: EventName, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
    listening: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

const court = (source: 'local' | 'hub' | 'reset', entity = 'court_case') => ({ entity, ids: null, source });

describe('a live query', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads once, then again when a record it depends on changes — not for other kinds', async () => {
    const api = inMemoryApi();
    const states: LiveQueryState<unknown>[] = [];
    watchLiveQuery(api.api, 'court.cases', {}, (state) => states.push(state));
    expect(api.calls()).toBe(1);
    await api.answer({ cases: [] });
    expect(states.at(-1)).toEqual({ value: { cases: [] }, error: null, loading: false });
    api.emit('records.changed', court('local', 'operation'));
    expect(api.calls()).toBe(1);
    api.emit('records.changed', court('local'));
    expect(api.calls()).toBe(2);
    await api.answer({ cases: [{ id: 'a' }] });
    expect(states.at(-1)?.value).toEqual({ cases: [{ id: 'a' }] });
  });

  it('never reads twice at once: changes during a read ask for exactly one more', async () => {
    const api = inMemoryApi();
    watchLiveQuery(api.api, 'court.cases', {}, () => {});
    for (let i = 0; i < 5; i++) api.emit('records.changed', court('local'));
    expect(api.calls()).toBe(1);
    await api.answer({ cases: [] });
    expect(api.calls()).toBe(2);
    await api.answer({ cases: [] });
    expect(api.calls()).toBe(2);
  });

  it('reads at most twice a second for the hub’s bursts, at once for a reset or the person changing', async () => {
    const api = inMemoryApi({ entries: [], unsynced: {} });
    watchLiveQuery(api.api, 'settings.list', {}, () => {});
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 50; i++) {
      api.emit('records.changed', court('hub', 'setting'));
      await vi.advanceTimersByTimeAsync(20); // 1 s of changes, 50 a second
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.calls()).toBeGreaterThanOrEqual(3); // the first read, then the burst's (the last change always shown)
    expect(api.calls()).toBeLessThanOrEqual(4);
    const settled = api.calls();
    api.emit('session.changed', {});
    expect(api.calls()).toBe(settled + 1);
    api.emit('records.changed', court('reset', 'setting'));
    await vi.advanceTimersByTimeAsync(0);
    expect(api.calls()).toBe(settled + 2);
  });

  it('reads again on its own events (the outbox for the conflict list)', async () => {
    const api = inMemoryApi();
    watchLiveQuery(api.api, 'conflicts.list', {}, () => {});
    await api.answer({ conflicts: [] });
    api.emit('outbox.changed', { pending: 1, conflicts: 1 });
    expect(api.calls()).toBe(2);
  });

  it('keeps the last value when a read fails, and says why', async () => {
    const api = inMemoryApi();
    const states: LiveQueryState<unknown>[] = [];
    const watch = watchLiveQuery(api.api, 'outbox.status', {}, (state) => states.push(state));
    await api.answer({ pending: 2, conflicts: 0 });
    watch.refresh();
    await api.fail(new Error('host gone'));
    expect(states.at(-1)).toEqual({ value: { pending: 2, conflicts: 0 }, error: new Error('host gone'), loading: false });
  });

  it('once stopped, stops listening and drops an answer still on its way', async () => {
    const api = inMemoryApi();
    const onState = vi.fn();
    const watch = watchLiveQuery(api.api, 'records.list', { entity: 'person' }, onState);
    expect(api.listening()).toBeGreaterThan(0);
    watch.stop();
    expect(api.listening()).toBe(0);
    await api.answer({ records: [] });
    expect(onState).not.toHaveBeenCalled();
  });
});
