// The ingest baseline's two children: a raw socket.io server flooding its clients with position-sized messages and
// a client counting them (ingest-baseline.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'socket.io-client';
import type { UnitPosition } from '../../../src/shared/live/units.ts';
import { exitChild, type Role } from '../support/child-protocol.ts';
import { clock } from '../support/clock.ts';

const FLOOD_WINDOW = 4_000;
const FLOOD_ACK_EVERY = 500;

/** A position as the hub sends it (same fields, full-precision numbers): the flood's message. */
export function positionLike(i: number): UnitPosition {
  const t = 1_790_000_000_000 + i;
  return {
    unitId: `pie-${String(i % 500).padStart(3, '0')}`,
    lat: -31.4167 + Math.sin(i) * 0.05,
    lng: -64.1833 + Math.cos(i) * 0.05,
    accuracyM: 4 + Math.abs(Math.sin(i * 7)) * 8,
    speedKmh: Math.abs(Math.sin(i * 3)) * 50,
    heading: Math.abs(Math.cos(i * 5)) * 359,
    deviceTime: t,
    receivedAt: t + 3,
  };
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/** Baseline server: floods each client with one position-sized message per emit, at most FLOOD_WINDOW unacked. */
export const floodServer: Role = async (send) => {
  const { Server } = await import('socket.io');
  const server = http.createServer();
  const io = new Server(server, { serveClient: false });
  io.on('connection', (socket) => {
    let sent = 0;
    let acked = 0;
    const pump = () => {
      while (socket.connected && sent - acked < FLOOD_WINDOW) socket.emit('position', positionLike(sent++));
    };
    socket.on('ack', (count: number) => {
      acked = count;
      pump();
    });
    pump();
  });
  const url = await listen(server);
  send({ type: 'ready' });
  return async (message) => {
    if (message.type === 'url') send({ type: 'url', url });
    if (message.type !== 'stop') return;
    await io.close();
    exitChild();
  };
};

/** Baseline client: counts the messages (socket.io decodes each), acks every FLOOD_ACK_EVERY. */
export const floodClient: Role = async (send) => {
  const { io } = await import('socket.io-client');
  let socket: Socket | undefined;
  let received = 0;
  send({ type: 'ready' });
  return (message) => {
    if (message.type === 'connect') {
      socket = io(String(message.url), { transports: ['websocket'] });
      socket.on('position', () => {
        if (++received % FLOOD_ACK_EVERY === 0) socket!.emit('ack', received);
      });
      socket.once('connect', () => send({ type: 'connected' }));
    } else if (message.type === 'count') {
      send({ type: 'count', count: received, at: clock() });
    } else if (message.type === 'stop') {
      socket?.close();
      exitChild();
    }
  };
};
