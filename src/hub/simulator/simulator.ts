// Runs in: Node. Patrol devices for demos, tests and benchmarks: one /field connection per device (as real
// tablets have, so per-connection limits apply as in the field), fed by the fleet model at `hz` reports a second.
//
// Movement is deterministic for a seed: the model advances by the nominal tick (1/hz s) whatever the timers do;
// only deviceTime is the real clock. Each tick's reports are sent spread over the tick in slices of ~20 ms, as
// real devices are not synchronised: thousands of reports in one instant would measure the hub against a load
// it never sees. A device whose connection is down skips its reports — it does not queue them for a burst on
// reconnection (Socket.IO's client would). What the hub tells a device ('dispatch': a task, a status a dispatcher
// set) is validated as a real terminal would and handed to its patrol (fleet-model.ts); anything else is ignored.
import { io, type Socket } from 'socket.io-client';
import { HUB_FAILOVER_AFTER, hubAddressUrls } from '../../shared/api/session.ts';
import { LIVE_NAMESPACES } from '../../shared/hub-protocol/namespaces.ts';
import type { HubAck, HubErrorCode } from '../../shared/hub-protocol/acks.ts';
import { FieldDispatchSchema, type Telemetry } from '../../shared/hub-protocol/field.ts';
import type { UnitKind } from '../../shared/live/units.ts';
import { createFleetModel } from './fleet-model.ts';

const SLICE_MS = 20;

export interface SimulatedDevice {
  readonly unitId: string;
  readonly kind: UnitKind;
  /** The device token the hub issued for this unit. */
  readonly token: string;
}

export interface SimulatorOptions {
  /** The hub's address: one URL, or several hub processes separated by commas. */
  readonly hubUrl: string;
  readonly devices: readonly SimulatedDevice[];
  /** Reports per second per device. */
  readonly hz: number;
  readonly seed: number;
  /** How many times faster than real time a call to an incident plays (fleet-model.ts); 1 by default. */
  readonly callPace?: number;
  readonly now?: () => number;
}

export interface SimulatorStats {
  readonly connected: number;
  readonly sent: number;
  readonly accepted: number;
  readonly refused: Readonly<Partial<Record<HubErrorCode, number>>>;
}

export interface Simulator {
  /** Connects every device and starts reporting. Resolves once all are connected; rejects if the hub refuses one. */
  start(): Promise<void>;
  stop(): void;
  stats(): SimulatorStats;
}

/** The hub refused a device's connection (e.g. its token is not from this hub). */
export class DeviceRefusedError extends Error {
  constructor(
    readonly unitId: string,
    readonly reason: string,
  ) {
    super(`the hub refused the device of ${unitId}: ${reason}`);
  }
}

export function createSimulator(options: SimulatorOptions): Simulator {
  const now = options.now ?? Date.now;
  const tickMs = 1000 / options.hz;
  const model = createFleetModel(options.devices, options.seed, now(), { callPace: options.callPace });
  const sockets = new Map<string, Socket>();
  const counts = { sent: 0, accepted: 0 };
  const refused: Partial<Record<HubErrorCode, number>> = {};
  let timer: NodeJS.Timeout | undefined;

  const onAck = (ack: HubAck<unknown>) => {
    if (ack.ok) counts.accepted++;
    else refused[ack.error] = (refused[ack.error] ?? 0) + 1;
  };

  // Slice k of n sends the reports [k/n, (k+1)/n) of the current tick; slice 0 computes the tick.
  const slices = Math.max(1, Math.round(tickMs / SLICE_MS));
  let queue: Telemetry[] = [];
  let slice = 0;
  const sendSlice = () => {
    if (slice === 0) queue = model.tick(tickMs, now());
    const end = Math.ceil((queue.length * (slice + 1)) / slices);
    for (const report of queue.slice(Math.ceil((queue.length * slice) / slices), end)) {
      const socket = sockets.get(report.unitId);
      if (!socket?.connected) continue;
      counts.sent++;
      socket.emit('telemetry', { ...report, deviceTime: now() }, onAck);
    }
    slice = (slice + 1) % slices;
  };

  // A device talks to one hub process of the address at a time, the next one after HUB_FAILOVER_AFTER failed
  // reconnections (the first admission settles start()).
  const urls = hubAddressUrls(options.hubUrl);
  const open = (device: SimulatedDevice, via: number, admitted: () => void, refused: (err: Error) => void) => {
    const socket = io(new URL(LIVE_NAMESPACES.field, urls[via % urls.length]).toString(), {
      auth: { deviceToken: device.token },
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelayMax: 10_000,
    });
    sockets.set(device.unitId, socket);
    let unreachable = 0;
    socket.on('dispatch', (payload: unknown) => {
      const parsed = FieldDispatchSchema.safeParse(payload);
      if (parsed.success && parsed.data.unitId === device.unitId) model.follow(parsed.data);
    });
    socket.on('connect', () => ((unreachable = 0), admitted()));
    // A refusal by the hub's handshake ends Socket.IO's retries (socket.active false); network errors do not.
    socket.on('connect_error', (err) => {
      if (!socket.active) return refused(new DeviceRefusedError(device.unitId, err.message));
      if (urls.length < 2 || ++unreachable < HUB_FAILOVER_AFTER) return;
      socket.removeAllListeners();
      socket.close();
      open(device, via + 1, admitted, refused);
    });
  };
  const connect = (device: SimulatedDevice) => new Promise<void>((resolve, reject) => open(device, 0, resolve, reject));

  return {
    async start() {
      timer ??= setInterval(sendSlice, tickMs / slices);
      await Promise.all(options.devices.map(connect));
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      for (const socket of sockets.values()) socket.disconnect();
      sockets.clear();
    },
    stats: () => ({
      connected: [...sockets.values()].filter((s) => s.connected).length,
      ...counts,
      refused: { ...refused },
    }),
  };
}
