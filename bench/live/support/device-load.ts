import type { io, Socket } from 'socket.io-client';
import type { SimulatedDevice } from '../../../src/hub/simulator/simulator.ts';

/** What a group of devices counts: reports sent, hub acks that accepted or refused them, connections open. */
export interface DeviceStats {
  readonly sent: number;
  readonly accepted: number;
  readonly refused: number;
  readonly connected: number;
}

/** A group of devices the devices child runs beside the project's simulators (probes or flooders). */
export interface DeviceLoad {
  start(): Promise<void>;
  stop(): void;
  stats(): DeviceStats;
  /** probeKey(unitId, speed) → when it was sent (epoch ms); empty but for probes. */
  readonly sentAt: Map<string, number>;
}

/** A device's own connection to the hub's /field namespace (its token as auth, a socket of its own). */
export const openFieldSocket = (client: typeof io, hubUrl: string, device: SimulatedDevice): Socket =>
  client(new URL('/field', hubUrl).toString(), { auth: { deviceToken: device.token }, transports: ['websocket'], forceNew: true });
