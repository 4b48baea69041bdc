// Runs in: Node. /field: patrol devices report telemetry and hear what their unit is to do (field-dispatch.ts).
// A report is accepted only for the device's own unit and dated within the clock tolerance of the hub's
// (clock-tolerance.ts: refused 'clock_ahead' / 'clock_behind', and counted for administrators); it then becomes
// the unit's position for the consoles (coalesced per tick) and is queued for the store; once stored, it is
// counted for the metrics (convivencia_hub_reports_total).
//
// A revoked device is disconnected by the revocation itself (admin-requests.ts) or, when the CLI revoked it from
// another process, by `sweep()`, run periodically. The check also runs on connection, because a connection
// recovered by Socket.IO skips the handshake middleware.
import type { Namespace, Socket } from 'socket.io';
import { TelemetrySchema } from '../../shared/hub-protocol/field.ts';
import { clockRefusal } from '../../shared/hub-protocol/field-health.ts';
import type { UnitPosition } from '../../shared/live/units.ts';
import { fieldHandshake, type FieldIdentity } from '../auth/handshake.ts';
import type { HubLog } from '../hub-log.ts';
import { countedHandshake } from '../metrics/counted-handshake.ts';
import type { HubMetrics } from '../metrics/hub-metrics.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { ClockRefusalCounts } from './clock-refusals.ts';
import type { ClockToleranceCache } from './clock-tolerance.ts';
import type { FieldDispatcher } from './field-dispatch.ts';
import type { HubRelay } from './hub-relay.ts';
import { refusal, serveRequests } from './socket-requests.ts';
import type { TelemetryIngest } from './telemetry-ingest.ts';
import { createTokenBucket, type RateLimit } from './token-bucket.ts';
import type { UnitBook } from './unit-book.ts';

export interface FieldDeps {
  readonly store: HubStore;
  readonly book: UnitBook;
  readonly ingest: TelemetryIngest;
  readonly relay: Pick<HubRelay, 'addPosition'>;
  readonly clock: ClockToleranceCache;
  readonly clockRefusals: ClockRefusalCounts;
  readonly dispatcher: FieldDispatcher;
  readonly rateLimit: RateLimit;
  readonly now: () => number;
  readonly log: HubLog;
  readonly metrics: HubMetrics;
}

export interface FieldService {
  /** Devices connected to any hub process of the store (this one's alone when the others do not answer in time). */
  connectedDevices(): Promise<ReadonlySet<string>>;
  /** Closes this hub process's live connections of a device (just revoked). */
  disconnectDevice(deviceId: string): void;
  /** Disconnects every device revoked since it connected. */
  sweep(): void;
}

export function serveField(nsp: Namespace, deps: FieldDeps): FieldService {
  const deviceOf = (socket: Socket) => (socket.data as FieldIdentity).deviceId;

  nsp.use(countedHandshake(fieldHandshake(deps.store, deps.now), deps.metrics.refused));
  nsp.on('connection', (socket) => {
    if (!deps.store.devices.isLive(deviceOf(socket))) return void socket.disconnect(true);
    const { unitId, deviceId } = socket.data as FieldIdentity;
    deps.log.debug('device connected', { unitId, deviceId });
    socket.on('disconnect', (reason) => deps.log.debug('device disconnected', { unitId, deviceId, reason }));
    serveRequests(
      socket,
      createTokenBucket(deps.rateLimit, deps.now),
      {
        telemetry: (payload, reply) => {
          const parsed = TelemetrySchema.safeParse(payload);
          if (!parsed.success) return reply(refusal('invalid_input'));
          const t = parsed.data;
          if (t.unitId !== unitId) return reply(refusal('forbidden'));
          const now = deps.now();
          const window = deps.clock.window(now);
          const refused = window && clockRefusal(t.deviceTime, window);
          if (refused) {
            deps.clockRefusals.count(unitId, refused, t.deviceTime, now);
            return reply(refusal(refused));
          }
          const position: UnitPosition = {
            unitId,
            lat: t.lat,
            lng: t.lng,
            accuracyM: t.accuracy,
            speedKmh: t.speed,
            heading: t.heading,
            deviceTime: t.deviceTime,
            receivedAt: now,
          };
          const newest = deps.book.offerPosition(position, window?.latest ?? Infinity);
          if (newest) deps.relay.addPosition(position);
          const stored: typeof reply = (answer) => {
            if (answer.ok) deps.metrics.reportStored();
            reply(answer);
          };
          deps.ingest.accept({ position, status: t.status, newest, reply: stored });
        },
      },
      deps.log,
      deps.metrics.refused,
    );
    deps.dispatcher.greet(socket, unitId, deps.book.unit(unitId));
  });

  return {
    connectedDevices: async () => {
      const sockets = await nsp.fetchSockets().catch(() => [...nsp.sockets.values()]);
      return new Set(sockets.map((socket) => (socket.data as FieldIdentity).deviceId));
    },
    disconnectDevice(deviceId) {
      for (const socket of nsp.sockets.values()) if (deviceOf(socket) === deviceId) socket.disconnect(true);
    },
    sweep() {
      const live = deps.store.devices.liveIds();
      for (const socket of nsp.sockets.values()) if (!live.has(deviceOf(socket))) socket.disconnect(true);
    },
  };
}
