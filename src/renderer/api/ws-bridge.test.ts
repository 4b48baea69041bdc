import { describe, expect, it } from 'vitest';
import { CLOSE_SECRET_REJECTED, MAX_FRAME_BYTES, READY_FRAME } from '../../shared/api/wire.ts';
import { createWsBridge, type SocketLike } from './ws-bridge.ts';

class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: unknown[] = [];
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  /** The socket opens and the host accepts the secret. */
  open() {
    this.readyState = 1;
    this.onmessage?.({ data: READY_FRAME } as MessageEvent);
  }
  receive(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) } as MessageEvent);
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code } as CloseEvent);
  }
}

function harness() {
  const sockets: FakeSocket[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const bridge = createWsBridge({
    url: 'ws://127.0.0.1:1/api?k=s',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    random: () => 0.5,
  });
  const socket = (i: number) => {
    const s = sockets[i];
    if (!s) throw new Error(`no socket ${i}`);
    return s;
  };
  return { bridge, sockets, socket, timers };
}

describe('WebSocket bridge', () => {
  it('queues calls until the first connection opens, then matches answers by id', async () => {
    const h = harness();
    expect(h.bridge.connection.getSnapshot()).toEqual({ state: 'connecting', sessions: 0 });
    const answer = h.bridge.call('app.info', {});
    h.socket(0).open();
    expect(h.socket(0).sent).toEqual([{ id: 0, method: 'app.info', input: {} }]);
    h.socket(0).receive({ id: 0, result: { ok: true, value: { version: '1' } } });
    expect(await answer).toEqual({ ok: true, value: { version: '1' } });
    expect(h.bridge.connection.getSnapshot()).toEqual({ state: 'connected', sessions: 1 });
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const h = harness();
    h.socket(0).open();
    const seen: unknown[] = [];
    const unsubscribe = h.bridge.subscribe('records.changed', (payload) => seen.push(payload));
    h.socket(0).receive({ event: 'records.changed', payload: { entity: 'operation', ids: null, source: 'reset' } });
    h.socket(0).receive({ event: 'other.event', payload: 1 });
    unsubscribe();
    h.socket(0).receive({ event: 'records.changed', payload: { entity: 'operation', ids: null, source: 'reset' } });
    expect(seen).toEqual([{ entity: 'operation', ids: null, source: 'reset' }]);
  });

  it('fails pending calls with connection_lost when the socket closes, then reconnects with backoff', async () => {
    const h = harness();
    h.socket(0).open();
    const answer = h.bridge.call('cache.status', {});
    h.socket(0).drop();
    expect(await answer).toEqual({ ok: false, error: { code: 'connection_lost' } });
    expect(h.bridge.connection.getSnapshot().state).toBe('disconnected');

    // While disconnected, calls fail at once instead of hanging.
    expect(await h.bridge.call('cache.status', {})).toEqual({ ok: false, error: { code: 'connection_lost' } });

    expect(h.timers).toHaveLength(1);
    h.timers[0]?.callback();
    h.socket(1).drop();
    expect(h.timers[1]?.ms).toBeGreaterThan(h.timers[0]?.ms ?? Infinity);
    h.timers[1]?.callback();
    h.socket(2).open();
    expect(h.bridge.connection.getSnapshot()).toEqual({ state: 'connected', sessions: 2 });
  });

  it('fails queued calls when the first connection attempt fails', async () => {
    const h = harness();
    const answer = h.bridge.call('prefs.get', { key: 'ui.language' });
    h.socket(0).drop();
    expect(await answer).toEqual({ ok: false, error: { code: 'connection_lost' } });
  });

  it('stops for good when the host rejects the secret, failing calls with connection_lost', async () => {
    const h = harness();
    const queued = h.bridge.call('app.info', {});
    h.socket(0).open(); // the host upgrades, then closes at once
    h.socket(0).drop(CLOSE_SECRET_REJECTED);
    expect(await queued).toEqual({ ok: false, error: { code: 'connection_lost' } });
    expect(h.bridge.connection.getSnapshot().state).toBe('refused');
    expect(h.timers).toEqual([]);
    expect(h.sockets).toHaveLength(1);
    expect(await h.bridge.call('app.info', {})).toEqual({ ok: false, error: { code: 'connection_lost' } });
  });

  it('ignores answers to unknown ids and answers each call only once', async () => {
    const h = harness();
    h.socket(0).open();
    const answer = h.bridge.call('app.info', {});
    h.socket(0).receive({ id: 7, result: { ok: true, value: 'stray' } });
    h.socket(0).receive({ id: 0, result: { ok: true, value: 'first' } });
    h.socket(0).receive({ id: 0, result: { ok: true, value: 'second' } });
    h.socket(0).drop();
    expect(await answer).toEqual({ ok: true, value: 'first' });
  });

  it('refuses frames the host would reject for size, without sending them', async () => {
    const h = harness();
    h.socket(0).open();
    const result = await h.bridge.call('prefs.set', { key: 'x', value: 'y'.repeat(MAX_FRAME_BYTES) });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', issues: [{ path: '', code: 'too_big' }] } });
    expect(h.socket(0).sent).toEqual([]);
  });

  it('ignores malformed frames and maps unknown error codes to internal', async () => {
    const h = harness();
    h.socket(0).open();
    const answer = h.bridge.call('app.info', {});
    h.socket(0).onmessage?.({ data: 'not json' } as MessageEvent);
    h.socket(0).receive({ id: 0, result: { ok: false, error: { code: 'from_the_future' } } });
    expect(await answer).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
