// Runs in: Node (tests only). Real clients of a real hub: fetch for login, socket.io-client for /console and
// /field. Every socket opened here is closed after each test.
import { io, type Socket } from 'socket.io-client';
import { afterEach } from 'vitest';
import { LIVE_NAMESPACES } from '../../shared/hub-protocol/namespaces.ts';
import type { Change } from '../../shared/hub-protocol/changes.ts';
import type { HubAck } from '../../shared/hub-protocol/acks.ts';
import type { LoginAnswer } from '../../shared/hub-protocol/login.ts';
import type { Telemetry } from '../../shared/hub-protocol/field.ts';
import type { Hub } from '../hub.ts';

const opened: Socket[] = [];
afterEach(() => {
  for (const socket of opened.splice(0)) socket.disconnect();
});

export async function login(hub: Hub, username: string, password: string): Promise<LoginAnswer> {
  const res = await fetch(`${hub.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}`);
  return (await res.json()) as LoginAnswer;
}

/** Logs in as a demo user of the hub (by role) and returns the session. */
export function loginAs(hub: Hub, username: string): Promise<LoginAnswer> {
  const user = hub.demo?.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return login(hub, user.username, user.password);
}

export function deviceToken(hub: Hub, unitId: string): string {
  const device = hub.demo?.devices.find((d) => d.unitId === unitId);
  if (!device) throw new Error(`no demo device ${unitId}`);
  return device.token;
}

/** A socket that is not connected yet; `options` go to socket.io-client. */
export function socketTo(url: string, namespace: string, auth: Record<string, unknown>, options: Parameters<typeof io>[1] = {}): Socket {
  const socket = io(`${url}${namespace}`, { auth, transports: ['websocket'], forceNew: true, autoConnect: false, ...options });
  opened.push(socket);
  return socket;
}

/** Connects; resolves when admitted, rejects with the hub's refusal ('unauthorized', 'forbidden'…). */
export function connected(socket: Socket): Promise<Socket> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => reject(new Error(err.message)));
    socket.connect();
  });
}

/** A console socket that acknowledges each 'positions' batch on arrival, as the core does. */
export function connectConsole(url: string, token: string, options?: Parameters<typeof io>[1]): Promise<Socket> {
  const socket = socketTo(url, LIVE_NAMESPACES.console, { token }, options);
  socket.on('positions', (_batch: unknown, ack?: unknown) => typeof ack === 'function' && ack());
  return connected(socket);
}
export const connectDevice = (url: string, deviceToken: string) => connected(socketTo(url, LIVE_NAMESPACES.field, { deviceToken }));

/** The reason a connection is refused with. */
export async function refusalOf(url: string, namespace: string, auth: Record<string, unknown>): Promise<string> {
  try {
    await connected(socketTo(url, namespace, auth, { reconnection: false }));
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('connection was admitted');
}

export function request<T = unknown>(socket: Socket, event: string, ...args: unknown[]): Promise<HubAck<T>> {
  return socket.timeout(5_000).emitWithAck(event, ...args) as Promise<HubAck<T>>;
}

export function nextEvent<T>(socket: Socket, event: string, accept: (payload: T) => boolean = () => true, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching '${event}' within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!accept(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

let clock = Date.now();
/** A valid report for a unit at a fresh, strictly increasing device time. */
export function telemetry(unitId: string, overrides: Partial<Telemetry> = {}): Telemetry {
  return {
    unitId,
    lat: -31.4167,
    lng: -64.1833,
    accuracy: 8,
    speed: 20,
    heading: 90,
    status: 'available',
    deviceTime: (clock = Math.max(clock + 1, Date.now())),
    ...overrides,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The next change the hub streams (in its 'changes' batches) that `accept` takes. */
export async function nextChange(socket: Socket, accept: (change: Change) => boolean = () => true, timeoutMs = 5_000): Promise<Change> {
  const batch = await nextEvent<Change[]>(socket, 'changes', (changes) => changes.some(accept), timeoutMs);
  return batch.find(accept)!;
}

/** Collects every change the hub streams to `socket` from now on. */
export function collectChanges(socket: Socket): Change[] {
  const seen: Change[] = [];
  socket.on('changes', (changes: Change[]) => seen.push(...changes));
  return seen;
}
