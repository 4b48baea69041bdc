import type { Socket } from 'socket.io-client';
import type { SimulatedDevice } from '../../../src/hub/simulator/simulator.ts';
import type { HubAck } from '../../../src/shared/hub-protocol/acks.ts';
import type { Telemetry } from '../../../src/shared/hub-protocol/field.ts';
import { openFieldSocket, type DeviceLoad } from './device-load.ts';

/** Probe speeds cycle through 0…299 km/h (the protocol's limit is 300): unique per unit for 75 s at 4 Hz. */
const PROBE_SPEEDS = 300;

/** Names one probe report wherever it is seen: sent, emitted by the hub, announced by the core, shown on the board. */
export const probeKey = (unitId: string, speed: number | undefined) => `${unitId}:${speed}`;

/**
 * Devices like the simulator's (the fleet model's telemetry, spread over the tick in ~20 ms slices, one connection
 * per device) except that `speed` counts the unit's reports (mod PROBE_SPEEDS), so the board shows which report
 * it is displaying.
 */
export async function createProbe(hubUrl: string, devices: readonly SimulatedDevice[], hz: number, seed: number): Promise<DeviceLoad> {
  const { io } = await import('socket.io-client');
  const { createFleetModel } = await import('../../../src/hub/simulator/fleet-model.ts');
  const tickMs = 1000 / hz;
  const slices = Math.max(1, Math.round(tickMs / 20));
  const model = createFleetModel(devices, seed, Date.now());
  const sockets = new Map<string, Socket>();
  const counters = new Map<string, number>();
  const sentAt = new Map<string, number>();
  const counts = { sent: 0, accepted: 0, refused: 0 };
  const onAck = (ack: HubAck<unknown>) => void (ack.ok ? counts.accepted++ : counts.refused++);
  let queue: Telemetry[] = [];
  let slice = 0;
  let timer: NodeJS.Timeout | undefined;
  const sendSlice = () => {
    if (slice === 0) queue = model.tick(tickMs, Date.now());
    const from = Math.ceil((queue.length * slice) / slices);
    const to = Math.ceil((queue.length * (slice + 1)) / slices);
    for (const telemetry of queue.slice(from, to)) {
      const socket = sockets.get(telemetry.unitId);
      if (!socket?.connected) continue;
      const speed = ((counters.get(telemetry.unitId) ?? 0) + 1) % PROBE_SPEEDS;
      counters.set(telemetry.unitId, speed);
      const now = Date.now();
      sentAt.set(probeKey(telemetry.unitId, speed), now);
      counts.sent++;
      socket.emit('telemetry', { ...telemetry, speed, deviceTime: now }, onAck);
    }
    slice = (slice + 1) % slices;
  };
  const connect = (device: SimulatedDevice) =>
    new Promise<void>((resolve, reject) => {
      const socket = openFieldSocket(io, hubUrl, device);
      sockets.set(device.unitId, socket);
      socket.once('connect', () => resolve());
      socket.on('connect_error', (err) => {
        if (!socket.active) reject(err);
      });
    });
  return {
    async start() {
      timer ??= setInterval(sendSlice, tickMs / slices);
      await Promise.all(devices.map(connect));
    },
    stop() {
      clearInterval(timer);
      for (const socket of sockets.values()) socket.disconnect();
    },
    stats: () => ({ ...counts, connected: [...sockets.values()].filter((s) => s.connected).length }),
    sentAt,
  };
}
