// Browser-mode transport: the ConsoleApiBridge over one WebSocket to the local web host.
// Calls made before the first connection are queued; once the connection has failed (or been refused),
// calls fail at once with 'connection_lost' (the shell shows "no connection") instead of hanging, and so
// does every call still waiting when the socket closes. The socket's lifecycle and reconnects live in
// reconnecting-socket.ts, the call table in pending-calls.ts; this file wires them together.
import type { ConsoleApiBridge } from '../../shared/api/bridge.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import type { ConnectionStore } from './connection-state.ts';
import { parseHostFrame } from './host-frame.ts';
import { createPendingCalls, encodeRequest } from './pending-calls.ts';
import { openReconnectingSocket, type ReconnectingSocketOptions } from './reconnecting-socket.ts';

export type { SocketLike } from './reconnecting-socket.ts';

export type WsBridgeOptions = Omit<ReconnectingSocketOptions, 'onMessage' | 'onDown'>;

export interface WsBridge extends ConsoleApiBridge {
  readonly connection: ConnectionStore;
}

const CONNECTION_LOST: ApiResult<never> = { ok: false, error: { code: 'connection_lost' } };

export function createWsBridge(options: WsBridgeOptions): WsBridge {
  const calls = createPendingCalls();
  const events = createEventListeners();
  const socket = openReconnectingSocket({
    ...options,
    onMessage(data) {
      const frame = typeof data === 'string' ? parseHostFrame(data) : null;
      if (frame?.kind === 'answer') calls.settle(frame.id, frame.result);
      else if (frame?.kind === 'event') events.emit(frame.event, frame.payload);
    },
    onDown: () => calls.failAll(CONNECTION_LOST),
  });
  const isDown = (): boolean => {
    const { state } = socket.connection.getSnapshot();
    return state === 'disconnected' || state === 'refused';
  };

  return {
    connection: socket.connection,
    call(method, input) {
      return new Promise((resolve) => {
        if (isDown()) return resolve(CONNECTION_LOST);
        const id = calls.add(resolve);
        const frame = encodeRequest(id, method, input);
        if (frame.ok) socket.send(frame.value);
        else calls.settle(id, frame);
      });
    },
    subscribe: events.subscribe,
  };
}

function createEventListeners() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    emit(event: string, payload: unknown): void {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    subscribe(event: string, listener: (payload: unknown) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
