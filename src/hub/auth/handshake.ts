// Runs in: Node. Socket.IO middlewares that admit a connection to a namespace, or refuse it with the error
// the client sees in 'connect_error':
//
//   /console  auth {token: session token}   unknown, expired, disabled user → 'unauthorized'; a device token → 'forbidden'
//   /field    auth {deviceToken}            unknown or revoked → 'unauthorized'; a session token → 'forbidden'
//
// Each admitted socket carries who it is in socket.data.
import type { ExtendedError, Socket } from 'socket.io';
import type { Role } from '../../shared/auth/roles.ts';
import type { HubStore } from '../store/hub-store.ts';
import { tokenHash } from './tokens.ts';

export interface ConsoleIdentity {
  readonly username: string;
  readonly role: Role;
  readonly sessionSha256: Buffer;
}

export interface FieldIdentity {
  readonly unitId: string;
  readonly deviceId: string;
}

type Middleware = (socket: Socket, next: (err?: ExtendedError) => void) => void;

const MAX_TOKEN_LENGTH = 512;

function tokenFrom(auth: unknown, field: 'token' | 'deviceToken'): string | undefined {
  const value = (auth as Record<string, unknown> | null | undefined)?.[field];
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TOKEN_LENGTH ? value : undefined;
}

/** Where the refusal reason travels: Error.message is what socket.io-client's connect_error shows. */
const refuse = (next: (err?: ExtendedError) => void, reason: 'unauthorized' | 'forbidden') => next(new Error(reason));

export function consoleHandshake(store: HubStore, now: () => number): Middleware {
  return (socket, next) => {
    const token = tokenFrom(socket.handshake.auth, 'token');
    if (!token) return refuse(next, 'unauthorized');
    const sessionSha256 = tokenHash(token);
    const session = store.sessions.find(sessionSha256, now());
    if (!session) return refuse(next, store.devices.unitFor(sessionSha256) ? 'forbidden' : 'unauthorized');
    socket.data = { username: session.username, role: session.role, sessionSha256 } satisfies ConsoleIdentity;
    next();
  };
}

export function fieldHandshake(store: HubStore, now: () => number): Middleware {
  return (socket, next) => {
    const token = tokenFrom(socket.handshake.auth, 'deviceToken');
    if (!token) return refuse(next, 'unauthorized');
    const hash = tokenHash(token);
    const device = store.devices.live(hash);
    if (!device) return refuse(next, store.sessions.find(hash, now()) ? 'forbidden' : 'unauthorized');
    socket.data = { unitId: device.unitId, deviceId: device.id } satisfies FieldIdentity;
    next();
  };
}
