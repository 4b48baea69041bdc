// Browser-mode transport: the ConsoleApiBridge over one WebSocket to the local web host.
// Calls made before the first connection are queued; once the connection has failed, calls fail at once
// (the shell shows "no connection") instead of hanging. Every call still waiting when the socket closes
// is answered with an 'internal' error. Reconnects forever with capped backoff.
import type { ConsoleApiBridge } from '../../shared/api/bridge.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { MAX_FRAME_BYTES } from '../../shared/api/wire.ts';
import { createConnectionStore, type ConnectionStore } from './connection-state.ts';
import { parseHostFrame } from './host-frame.ts';
import { reconnectDelay } from './reconnect-delay.ts';

/** The part of the DOM WebSocket this bridge uses (a fake one in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
}

export interface WsBridgeOptions {
  readonly url: string;
  readonly createSocket?: (url: string) => SocketLike;
  readonly setTimer?: (callback: () => void, ms: number) => void;
  readonly random?: () => number;
}

export interface WsBridge extends ConsoleApiBridge {
  readonly connection: ConnectionStore;
}

const OPEN = 1;
const CONNECTION_LOST: ApiResult<never> = { ok: false, error: { code: 'internal' } };
const FRAME_TOO_BIG: ApiResult<never> = { ok: false, error: { code: 'invalid_input', issues: [{ path: '', code: 'too_big' }] } };
const UNSERIALISABLE: ApiResult<never> = { ok: false, error: { code: 'invalid_input', issues: [{ path: '', code: 'invalid_type' }] } };

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

export function createWsBridge({
  url,
  createSocket = (target) => new WebSocket(target),
  setTimer = (callback, ms) => void setTimeout(callback, ms),
  random = Math.random,
}: WsBridgeOptions): WsBridge {
  const connection = createConnectionStore('connecting');
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const unsent: string[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let socket: SocketLike | null = null;
  let nextId = 0;
  let attempt = 0;

  function receive(data: unknown): void {
    if (typeof data !== 'string') return;
    const frame = parseHostFrame(data);
    if (frame?.kind === 'answer') {
      pending.get(frame.id)?.(frame.result);
      pending.delete(frame.id);
    } else if (frame?.kind === 'event') {
      for (const listener of listeners.get(frame.event) ?? []) listener(frame.payload);
    }
  }

  function lost(): void {
    socket = null;
    for (const resolve of pending.values()) resolve(CONNECTION_LOST);
    pending.clear();
    unsent.length = 0;
    connection.set('disconnected');
    setTimer(connect, reconnectDelay(attempt++, random()));
  }

  function connect(): void {
    let current: SocketLike;
    try {
      current = createSocket(url);
    } catch {
      lost();
      return;
    }
    socket = current;
    current.onopen = () => {
      attempt = 0;
      connection.set('connected');
      for (const frame of unsent.splice(0)) current.send(frame);
    };
    current.onmessage = (event) => receive(event.data);
    // 'error' is always followed by 'close', so close alone is handled.
    current.onclose = () => {
      if (socket === current) lost();
    };
  }

  connect();

  return {
    connection,
    call(method, input) {
      return new Promise((resolve) => {
        if (connection.getSnapshot().state === 'disconnected') return resolve(CONNECTION_LOST);
        const id = nextId++;
        let frame: string;
        try {
          frame = JSON.stringify({ id, method, input });
        } catch {
          return resolve(UNSERIALISABLE);
        }
        if (byteLength(frame) > MAX_FRAME_BYTES) return resolve(FRAME_TOO_BIG);
        pending.set(id, resolve);
        if (socket?.readyState === OPEN) socket.send(frame);
        else unsent.push(frame);
      });
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
