// The ceiling of dispatch.queue.e2e_p99_ms (bench/dispatch-queue.ts): a raw socket.io server that sends every
// 'note' a client emits to every other client — the bare relay the hub's change broadcast stands on, with no store,
// no validation and no cache behind it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exitChild, type Role } from '../support/child-protocol.ts';

export const relayServer: Role = async (send) => {
  const { Server } = await import('socket.io');
  const server = http.createServer();
  const io = new Server(server, { serveClient: false });
  io.on('connection', (socket) => socket.on('note', (note: unknown) => socket.broadcast.emit('note', note)));
  const url = await new Promise<string>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
  send({ type: 'ready' });
  return async (message) => {
    if (message.type === 'url') send({ type: 'url', url });
    if (message.type !== 'stop') return;
    await io.close();
    exitChild();
  };
};
