// Runs in: anywhere (pure TS) — the hosts' side of the console core (web host, Electron main), the core's side
// (the web host's worker thread, the desktop's utility process) and the sandboxed preload. The console core lives
// off the window's thread and is reached over one message port per client: Node's MessagePort or a Worker,
// Electron's MessagePortMain, a page's MessagePort. Each runtime's port fits CorePort through a few-line adapter,
// so the request table below is written once.
//
//   client → core  {id, kind, …}                 a request (CoreRequest)
//   core → client  {id, value} | {id, error}     its answer, in any order: a slow call never holds a fast one
//   core → client  {event, payload}              a core event (only on ports that asked for them)
//
// Messages are structured-cloned, never JSON-encoded. The core validates every request (serve-core.ts) and the
// ConsoleApi's dispatch validates every call's input, so a port carries no unchecked input. When a port closes —
// the worker or the process behind it died, the page went away — every waiting request gets its `lost` answer at
// once (a ConsoleApi call: connection_lost): nothing waits forever.
import type { ApiResult } from './result.ts';

/** What both ends need of a port. `post` may throw (a value that cannot be cloned). */
export interface CorePort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The other end is gone (closed, or its thread / process ended). Called at most once per listener. */
  onClose(listener: () => void): void;
  close(): void;
}

/** Which core a host needs besides the ConsoleApi, and the ConsoleApi itself (`call`). */
export type CoreRequestBody =
  | { readonly kind: 'call'; readonly method: string; readonly input: unknown }
  | { readonly kind: 'imageOrigins' }
  | { readonly kind: 'takeExport'; readonly token: string }
  | { readonly kind: 'tile'; readonly path: string; readonly acceptsGzip: boolean }
  | { readonly kind: 'hubSettled' }
  | { readonly kind: 'close' };
export type CoreRequestKind = CoreRequestBody['kind'];
export type CoreRequest = CoreRequestBody & { readonly id: number };

export type CoreAnswer = { readonly id: number; readonly value: unknown } | { readonly id: number; readonly error: string };
export interface CoreEventMessage {
  readonly event: string;
  readonly payload: unknown;
}

export interface CoreClient {
  /**
   * Sends a request and resolves with the core's answer; with `lost` when the port closes first (or was already
   * closed), with `failed` when the core answered an error or the request could not be sent.
   */
  request<T>(body: CoreRequestBody, lost: T, failed?: T): Promise<T>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  /** Closes the port; waiting requests get their `lost` answers. */
  close(): void;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function createCoreClient(port: CorePort): CoreClient {
  const waiting = new Map<number, { readonly settle: (answer: CoreAnswer | 'lost') => void }>();
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let nextId = 1;
  let gone = false;
  const loseAll = () => {
    gone = true;
    const settles = [...waiting.values()];
    waiting.clear();
    for (const { settle } of settles) settle('lost');
  };
  port.onMessage((message) => {
    if (!isRecord(message)) return;
    if (typeof message.event === 'string') {
      for (const listener of listeners) listener(message.event, message.payload);
      return;
    }
    const waiter = typeof message.id === 'number' ? waiting.get(message.id) : undefined;
    if (!waiter) return;
    waiting.delete(message.id as number);
    waiter.settle(message as CoreAnswer);
  });
  port.onClose(loseAll);
  return {
    request(body, lost, failed = lost) {
      return new Promise((resolve) => {
        if (gone) return resolve(lost);
        const id = nextId++;
        waiting.set(id, {
          settle: (answer) => resolve(answer === 'lost' ? lost : 'value' in answer ? (answer.value as typeof lost) : failed),
        });
        try {
          port.post({ ...body, id });
        } catch {
          waiting.delete(id);
          resolve(failed);
        }
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      loseAll();
      port.close();
    },
  };
}

const CONNECTION_LOST: ApiResult<never> = { ok: false, error: { code: 'connection_lost' } };
const INTERNAL: ApiResult<never> = { ok: false, error: { code: 'internal' } };

/** One ConsoleApi call over a core port: the dispatch's ApiResult, connection_lost when the port went away. */
export const callCore = (client: CoreClient, method: string, input: unknown): Promise<ApiResult<unknown>> =>
  client.request<ApiResult<unknown>>({ kind: 'call', method, input }, CONNECTION_LOST, INTERNAL);
