// Runs in: Node. /field: patrol devices report telemetry. A report is accepted only for the device's own unit;
// it then becomes the unit's position for the consoles (coalesced per tick) and is queued for the store.
import type { Namespace } from 'socket.io';
import { TelemetrySchema } from '../../shared/hub-protocol/field.ts';
import type { UnitPosition } from '../../shared/live/units.ts';
import { fieldHandshake, type FieldIdentity } from '../auth/handshake.ts';
import type { HubLog } from '../hub-log.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { PositionFanout } from './position-fanout.ts';
import { refusal, serveRequests } from './socket-requests.ts';
import type { TelemetryIngest } from './telemetry-ingest.ts';
import { createTokenBucket, type RateLimit } from './token-bucket.ts';
import type { UnitBook } from './unit-book.ts';

export interface FieldDeps {
  readonly store: HubStore;
  readonly book: UnitBook;
  readonly ingest: TelemetryIngest;
  readonly fanout: PositionFanout;
  readonly rateLimit: RateLimit;
  readonly now: () => number;
  readonly log: HubLog;
}

export function serveField(nsp: Namespace, deps: FieldDeps): void {
  nsp.use(fieldHandshake(deps.store, deps.now));
  nsp.on('connection', (socket) => {
    const { unitId } = socket.data as FieldIdentity;
    serveRequests(
      socket,
      createTokenBucket(deps.rateLimit, deps.now),
      {
        telemetry: (payload, reply) => {
          const parsed = TelemetrySchema.safeParse(payload);
          if (!parsed.success) return reply(refusal('invalid_input'));
          const t = parsed.data;
          if (t.unitId !== unitId) return reply(refusal('forbidden'));
          const position: UnitPosition = {
            unitId,
            lat: t.lat,
            lng: t.lng,
            accuracyM: t.accuracy,
            speedKmh: t.speed,
            heading: t.heading,
            deviceTime: t.deviceTime,
            receivedAt: deps.now(),
          };
          const newest = deps.book.offerPosition(position);
          if (newest) deps.fanout.add(position);
          deps.ingest.accept({ position, status: t.status, newest, reply });
        },
      },
      deps.log,
    );
  });
}
