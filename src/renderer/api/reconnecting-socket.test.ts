import { describe, expect, it } from 'vitest';
import { CLOSE_SECRET_REJECTED, READY_FRAME } from '../../shared/api/wire.ts';
import { openReconnectingSocket, type SocketLike } from './reconnecting-socket.ts';

class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: string[] = [];
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  send(data: string) {
    this.sent.push(data);
  }
  /** The socket opens and the host accepts the secret. */
  open() {
    this.readyState = 1;
    this.onmessage?.({ data: READY_FRAME } as MessageEvent);
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code } as CloseEvent);
  }
}

function harness({ failCreate = 0 } = {}) {
  const sockets: FakeSocket[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const messages: unknown[] = [];
  let downs = 0;
  let failures = failCreate;
  const socket = openReconnectingSocket({
    url: 'ws://127.0.0.1:1/api',
    createSocket: () => {
      if (failures-- > 0) throw new SyntaxError('bad url');
      const created = new FakeSocket();
      sockets.push(created);
      return created;
    },
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    random: () => 0.999999,
    onMessage: (data) => messages.push(data),
    onDown: () => downs++,
  });
  const nth = (i: number) => {
    const s = sockets[i];
    if (!s) throw new Error(`no socket ${i}`);
    return s;
  };
  return { socket, sockets, nth, timers, messages, downs: () => downs };
}

describe('reconnecting socket', () => {
  it('queues frames until open and passes messages on', () => {
    const h = harness();
    h.socket.send('a');
    h.nth(0).open();
    h.socket.send('b');
    expect(h.nth(0).sent).toEqual(['a', 'b']);
    h.nth(0).onmessage?.({ data: 'hello' } as MessageEvent);
    expect(h.messages).toEqual(['hello']);
  });

  it('drops queued frames when the socket goes down instead of sending them on the next one', () => {
    const h = harness();
    h.socket.send('lost');
    h.nth(0).drop();
    expect(h.downs()).toBe(1);
    h.timers[0]?.callback();
    h.nth(1).open();
    expect(h.nth(1).sent).toEqual([]);
  });

  it('retries with growing delays, starting over after a successful connection', () => {
    const h = harness();
    h.nth(0).drop();
    h.timers[0]?.callback();
    h.nth(1).drop();
    h.timers[1]?.callback();
    h.nth(2).open();
    expect(h.socket.connection.getSnapshot()).toEqual({ state: 'connected', sessions: 1 });
    h.nth(2).drop();
    expect(h.timers.map((t) => t.ms)).toEqual([250, 500, 250]);
  });

  it('treats a socket that cannot even be created as a drop', () => {
    const h = harness({ failCreate: 1 });
    expect(h.socket.connection.getSnapshot().state).toBe('disconnected');
    expect(h.downs()).toBe(1);
    h.timers[0]?.callback();
    h.nth(0).open();
    expect(h.socket.connection.getSnapshot().state).toBe('connected');
  });

  it('ignores the close of a socket it already replaced', () => {
    const h = harness();
    const first = h.nth(0);
    first.drop();
    h.timers[0]?.callback();
    h.nth(1).open();
    first.onclose?.({ code: 1006 } as CloseEvent);
    expect(h.socket.connection.getSnapshot().state).toBe('connected');
    expect(h.downs()).toBe(1);
  });

  it('gives up once the host rejects the secret', () => {
    const h = harness();
    h.nth(0).open();
    h.nth(0).drop(CLOSE_SECRET_REJECTED);
    expect(h.socket.connection.getSnapshot()).toEqual({ state: 'refused', sessions: 1 });
    expect(h.downs()).toBe(1);
    expect(h.timers).toEqual([]);
  });
});
