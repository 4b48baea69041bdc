import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client.ts';
import { ApiCallError } from '../../shared/api/result.ts';
import type { BasemapInfo } from '../../shared/geo/basemap-info.ts';
import { basemapStoreFor, createBasemapStore } from './basemap-store.ts';

const DEMO: BasemapInfo = {
  source: 'demo',
  tilesUrl: '/tiles/{z}/{x}/{y}.pbf?v=demo',
  name: 'Córdoba (demostración)',
  attribution: '© OpenStreetMap contributors',
  minzoom: 0,
  maxzoom: 14,
  bounds: [-64.4, -31.6, -64, -31.2],
  center: [-64.1833, -31.4167, 12],
  cityFile: null,
  problem: null,
};
const CITY: BasemapInfo = {
  ...DEMO,
  source: 'city',
  tilesUrl: '/tiles/{z}/{x}/{y}.pbf?v=city',
  name: 'Ciudad',
  cityFile: '/mapas/ciudad.mbtiles',
};

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A stand-in for the transport: each call waits for the test to answer it, in the order it was made. */
function fakeApi() {
  const pending: { method: string; input: unknown; answer: Deferred<BasemapInfo> }[] = [];
  const call = vi.fn((method: string, input: unknown) => {
    const answer = deferred<BasemapInfo>();
    pending.push({ method, input, answer });
    return answer.promise;
  });
  const api = { call, on: () => () => {} } as unknown as ApiClient;
  const next = () => {
    const request = pending.shift();
    if (!request) throw new Error('no call pending');
    return request;
  };
  return { api, call, next };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('basemap store', () => {
  it('loads the basemap once, then publishes an accepted choice at once', async () => {
    const { api, call, next } = fakeApi();
    const store = createBasemapStore(api);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.getSnapshot()).toEqual({ state: 'loading' });
    expect(call).toHaveBeenCalledWith('map.basemap', {});
    next().answer.resolve(DEMO);
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ state: 'ready', info: DEMO }));
    expect(listener).toHaveBeenCalledTimes(1);

    const chosen = store.choose('/mapas/ciudad.mbtiles');
    const set = next();
    expect(set).toMatchObject({ method: 'map.basemap.set', input: { file: '/mapas/ciudad.mbtiles' } });
    set.answer.resolve(CITY);
    await expect(chosen).resolves.toBe(CITY);
    expect(store.getSnapshot()).toEqual({ state: 'ready', info: CITY });

    const back = store.choose(null);
    const reset = next();
    expect(reset.input).toEqual({ file: null });
    reset.answer.resolve(DEMO);
    await back;
    expect(store.getSnapshot()).toEqual({ state: 'ready', info: DEMO });
  });

  it('a refused choice rejects and changes nothing', async () => {
    const { api, next } = fakeApi();
    const store = createBasemapStore(api);
    next().answer.resolve(DEMO);
    await vi.waitFor(() => expect(store.getSnapshot().state).toBe('ready'));
    const before = store.getSnapshot();
    const listener = vi.fn();
    store.subscribe(listener);

    const refusal = new ApiCallError({ code: 'refused', issues: [{ path: 'file', code: 'not_mbtiles' }] });
    const chosen = store.choose('/tmp/notas.txt');
    next().answer.reject(refusal);
    await expect(chosen).rejects.toBe(refusal);
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('says when the basemap could not be read, and reads it again on reload', async () => {
    const { api, next } = fakeApi();
    const store = createBasemapStore(api);
    const failure = new ApiCallError({ code: 'connection_lost' });
    next().answer.reject(failure);
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ state: 'failed', error: failure }));

    store.reload();
    expect(store.getSnapshot()).toEqual({ state: 'loading' });
    next().answer.resolve(DEMO);
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ state: 'ready', info: DEMO }));

    // a failed reload keeps the basemap already known (the map keeps drawing it)
    store.reload();
    expect(store.getSnapshot()).toEqual({ state: 'ready', info: DEMO });
    next().answer.reject(failure);
    await settle();
    expect(store.getSnapshot()).toEqual({ state: 'ready', info: DEMO });
  });

  it('the request started last wins when answers cross', async () => {
    const { api, next } = fakeApi();
    const store = createBasemapStore(api);
    const firstLoad = next();
    const chosen = store.choose('/mapas/ciudad.mbtiles');
    next().answer.resolve(CITY);
    await chosen;
    expect(store.getSnapshot()).toEqual({ state: 'ready', info: CITY });
    // the first load answers late with what was served before the choice: ignored
    firstLoad.answer.resolve(DEMO);
    await settle();
    expect(store.getSnapshot()).toEqual({ state: 'ready', info: CITY });

    // a choice answered after a later reload: the reload (which saw the choice) stands
    const back = store.choose(null);
    const set = next();
    store.reload();
    next().answer.resolve(DEMO);
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ state: 'ready', info: DEMO }));
    set.answer.resolve({ ...DEMO, name: 'stale' });
    await expect(back).resolves.toMatchObject({ name: 'stale' });
    expect(store.getSnapshot()).toEqual({ state: 'ready', info: DEMO });
  });

  it('one store per API client', () => {
    const a = fakeApi().api;
    const b = fakeApi().api;
    expect(basemapStoreFor(a)).toBe(basemapStoreFor(a));
    expect(basemapStoreFor(a)).not.toBe(basemapStoreFor(b));
  });
});
