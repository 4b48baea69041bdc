import type { Socket } from 'socket.io-client';
import type { SimulatedDevice } from '../../../src/hub/simulator/simulator.ts';
import type { HubAck } from '../../../src/shared/hub-protocol/acks.ts';
import { openFieldSocket, type DeviceLoad } from './device-load.ts';

/**
 * Devices that report as fast as the hub answers: each keeps `window` reports in flight and sends the next one when
 * the hub acknowledges one (an ack means "stored", after the hub's ~100 ms flush). For the hub's own ceiling.
 */
export async function createFlooder(hubUrl: string, devices: readonly SimulatedDevice[], window: number): Promise<DeviceLoad> {
  const { io } = await import('socket.io-client');
  const counts = { sent: 0, accepted: 0, refused: 0 };
  const sockets: Socket[] = [];
  let stopped = false;
  const flood = (socket: Socket, unitId: string) => {
    const send = () => {
      if (stopped || !socket.connected) return;
      counts.sent++;
      const n = counts.sent;
      const report = { unitId, lat: -31.4167 + (n % 997) * 1e-5, lng: -64.1833, accuracy: 6, speed: n % 300, heading: n % 360 };
      socket.emit('telemetry', { ...report, status: 'available', deviceTime: Date.now() }, (ack: HubAck<unknown>) => {
        void (ack.ok ? counts.accepted++ : counts.refused++);
        send();
      });
    };
    for (let i = 0; i < window; i++) send();
  };
  return {
    async start() {
      await Promise.all(
        devices.map(
          (device) =>
            new Promise<void>((resolve, reject) => {
              const socket = openFieldSocket(io, hubUrl, device);
              sockets.push(socket);
              socket.once('connect', () => resolve());
              socket.once('connect_error', reject);
            }),
        ),
      );
      sockets.forEach((socket, i) => flood(socket, devices[i]!.unitId));
    },
    stop() {
      stopped = true;
      for (const socket of sockets) socket.disconnect();
    },
    stats: () => ({ ...counts, connected: sockets.filter((s) => s.connected).length }),
    sentAt: new Map(),
  };
}
