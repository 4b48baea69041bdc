// The browser-mode socket's lifecycle: connect, queue frames until the host's ready frame (sent only once the
// secret is accepted), and after a drop reconnect forever with capped backoff — unless the host closed with
// CLOSE_SECRET_REJECTED, after which retrying is pointless (the secret stays wrong until the user opens the
// new address). Knows nothing about calls or events.
import { CLOSE_SECRET_REJECTED, READY_FRAME } from '../../shared/api/wire.ts';
import { createConnectionStore, type ConnectionStore } from './connection-state.ts';
import { reconnectDelay } from './reconnect-delay.ts';

/** The part of the DOM WebSocket this module uses (a fake one in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
}

export interface ReconnectingSocketOptions {
  readonly url: string;
  readonly createSocket?: (url: string) => SocketLike;
  readonly setTimer?: (callback: () => void, ms: number) => void;
  readonly random?: () => number;
  readonly onMessage: (data: unknown) => void;
  /** The socket closed or could not be opened: frames sent or queued on it will never be answered. */
  readonly onDown: () => void;
}

export interface ReconnectingSocket {
  readonly connection: ConnectionStore;
  /** Sends now if open, else queues until the socket opens (queued frames are dropped when it goes down). */
  send(frame: string): void;
}

const OPEN = 1;

export function openReconnectingSocket({
  url,
  createSocket = (target) => new WebSocket(target),
  setTimer = (callback, ms) => void setTimeout(callback, ms),
  random = Math.random,
  onMessage,
  onDown,
}: ReconnectingSocketOptions): ReconnectingSocket {
  const connection = createConnectionStore('connecting');
  const unsent: string[] = [];
  let socket: SocketLike | null = null;
  let ready = false;
  let attempt = 0;

  function down(refused: boolean): void {
    socket = null;
    ready = false;
    unsent.length = 0;
    onDown();
    if (refused) {
      connection.set('refused');
    } else {
      connection.set('disconnected');
      setTimer(connect, reconnectDelay(attempt++, random()));
    }
  }

  function connect(): void {
    let current: SocketLike;
    try {
      current = createSocket(url);
    } catch {
      down(false);
      return;
    }
    socket = current;
    current.onmessage = (event) => {
      if (ready) return onMessage(event.data);
      if (event.data !== READY_FRAME) return;
      ready = true;
      attempt = 0;
      connection.set('connected');
      for (const frame of unsent.splice(0)) current.send(frame);
    };
    // 'error' is always followed by 'close', so close alone is handled.
    current.onclose = (event) => {
      if (socket === current) down(event.code === CLOSE_SECRET_REJECTED);
    };
  }

  connect();

  return {
    connection,
    send(frame) {
      if (ready && socket?.readyState === OPEN) socket.send(frame);
      else unsent.push(frame);
    },
  };
}
