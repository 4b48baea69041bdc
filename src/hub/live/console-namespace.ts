// Runs in: Node. /console: people. A console joins the rooms of what its role may read, then asks for a
// snapshot or for the changes after its cursor; the live stream ('changes', 'positions') arrives meanwhile.
//
// Sessions can end while a console is connected (expiry, the user disabled or reset from the CLI): every request
// re-checks the session, and `sweep()` — run periodically — disconnects consoles whose session is gone. The
// check also runs on connection, because a connection recovered by Socket.IO skips the handshake middleware.
// When an administrator ends an account's sessions ('admin.*', admin-requests.ts), its consoles are disconnected
// at once (endGoneSessions, on every hub process).
import type { Namespace, Socket } from 'socket.io';
import {
  ChangesRequestSchema,
  SnapshotRequestSchema,
  type Change,
  type ChangesAnswer,
  type SnapshotAnswer,
} from '../../shared/hub-protocol/changes.ts';
import { FieldHealthRequestSchema, type FieldHealth } from '../../shared/hub-protocol/field-health.ts';
import { MAX_TRACK_POINTS, TracksRequestSchema, type TracksAnswer } from '../../shared/hub-protocol/tracks.ts';
import type { HubAck } from '../../shared/hub-protocol/acks.ts';
import { canRead, readableBy } from '../../shared/records/permissions.ts';
import {
  MAX_CONSOLE_PAYLOAD_BYTES,
  PushRequestSchema,
  RecordsRequestSchema,
  type PushAnswer,
  type RecordsAnswer,
} from '../../shared/hub-protocol/push.ts';
import { consoleHandshake, type ConsoleIdentity } from '../auth/handshake.ts';
import { applyPush } from '../mutations/apply-push.ts';
import type { HubLog } from '../hub-log.ts';
import { countedHandshake } from '../metrics/counted-handshake.ts';
import type { HubMetrics } from '../metrics/hub-metrics.ts';
import type { HubStore } from '../store/hub-store.ts';
import { adminRequests, type ConsoleRequest } from './admin-requests.ts';
import type { Ended } from './cluster-link.ts';
import type { ClockRefusalCounts } from './clock-refusals.ts';
import type { ClockToleranceCache } from './clock-tolerance.ts';
import type { FieldService } from './field-namespace.ts';
import { roomOf } from './rooms.ts';
import { refusal, serveRequests, type RequestHandler } from './socket-requests.ts';
import { createTokenBucket, type RateLimit } from './token-bucket.ts';
import type { UnitBook } from './unit-book.ts';

export interface ConsoleDeps {
  readonly store: HubStore;
  readonly book: UnitBook;
  readonly clock: ClockToleranceCache;
  readonly clockRefusals: ClockRefusalCounts;
  readonly rateLimit: RateLimit;
  readonly now: () => number;
  readonly log: HubLog;
  readonly metrics: HubMetrics;
  /** The devices' side: which are connected. */
  readonly field: FieldService;
  /** Closes the connections an administrator's change ended, on every hub process. */
  readonly endConnections: (ended: Ended) => void;
  /** Sends accepted changes to the consoles allowed to read them. */
  readonly publish: (changes: readonly Change[]) => void;
}

export interface ConsoleService {
  /** Disconnects every console whose session has expired or been revoked. */
  sweep(): void;
  /** Disconnects the consoles of `username` whose session is gone. */
  endGoneSessions(username: string): void;
}

export function serveConsole(nsp: Namespace, deps: ConsoleDeps): ConsoleService {
  const { store, book, now } = deps;
  const sessionLive = (socket: Socket) => !!store.sessions.find((socket.data as ConsoleIdentity).sessionSha256, now());

  /** Wraps a handler so that it runs only while the socket's session is live. */
  const authenticated =
    (socket: Socket, handler: ConsoleRequest): RequestHandler =>
    (payload, reply) => {
      if (!sessionLive(socket)) {
        reply(refusal('unauthorized'));
        socket.disconnect(true);
        return;
      }
      const answer = handler(socket.data as ConsoleIdentity, payload);
      if (!(answer instanceof Promise)) return reply(answer);
      answer.then(reply, (err: unknown) => {
        deps.log.error('request failed', { err });
        reply(refusal('internal'));
      });
    };
  const admin = adminRequests({
    store,
    now,
    field: deps.field,
    endConnections: deps.endConnections,
  });

  const snapshot = ({ role }: ConsoleIdentity, payload: unknown): HubAck<SnapshotAnswer> => {
    const parsed = SnapshotRequestSchema.safeParse(payload);
    if (!parsed.success) return refusal('invalid_input');
    const value: SnapshotAnswer = { seq: store.changes.lastSeq(), positions: canRead(role, 'unit') ? book.allPositions() : [] };
    if (!parsed.data.counts) return { ok: true, value };
    const counts = Object.fromEntries(readableBy(role).map((entity) => [entity, store.records.count(entity)]));
    return { ok: true, value: { ...value, counts } };
  };

  const changes = ({ role }: ConsoleIdentity, payload: unknown): HubAck<ChangesAnswer> => {
    const parsed = ChangesRequestSchema.safeParse(payload);
    if (!parsed.success) return refusal('invalid_input');
    const lastSeq = store.changes.lastSeq();
    const page = store.changes.since(parsed.data.since, readableBy(role), parsed.data.limit);
    return { ok: true, value: { ...page, lastSeq } };
  };

  /** Track history for replay: the roles that see units, a bounded window, at most MAX_TRACK_POINTS per unit. */
  const tracks = ({ role }: ConsoleIdentity, payload: unknown): HubAck<TracksAnswer> => {
    const parsed = TracksRequestSchema.safeParse(payload);
    if (!parsed.success) return refusal('invalid_input');
    if (!canRead(role, 'unit')) return refusal('forbidden');
    const { unitIds, from, to } = parsed.data;
    const value = {
      tracks: [...new Set(unitIds)].map((unitId) => ({ unitId, points: store.positions.track(unitId, from, to, MAX_TRACK_POINTS) })),
    };
    return { ok: true, value };
  };

  /** Device reports refused for their clock, per unit: for administrators, who look after the devices. */
  const fieldHealth = ({ role }: ConsoleIdentity, payload: unknown): HubAck<FieldHealth> => {
    if (!FieldHealthRequestSchema.safeParse(payload).success) return refusal('invalid_input');
    if (role !== 'administrator') return refusal('forbidden');
    const value = deps.clockRefusals.health(deps.clock.at(now()), (unitId) => book.unit(unitId)?.callSign ?? null);
    return { ok: true, value };
  };

  /** A console's queued mutations, decided in one transaction (timed for the metrics); accepted ones go to everyone (the sender too). */
  const mutate = (identity: ConsoleIdentity, payload: unknown): HubAck<PushAnswer> => {
    const parsed = PushRequestSchema.safeParse(payload);
    if (!parsed.success) return refusal('invalid_input');
    const { results, changes } = deps.metrics.timePush(() => applyPush(store, identity, parsed.data, now()));
    deps.publish(changes);
    return { ok: true, value: { results } };
  };

  /** Current records by id, for a console's first sync (the change log has only what changed since). */
  const records = ({ role }: ConsoleIdentity, payload: unknown): HubAck<RecordsAnswer> => {
    const parsed = RecordsRequestSchema.safeParse(payload);
    if (!parsed.success) return refusal('invalid_input');
    const { entity, after, limit } = parsed.data;
    if (!canRead(role, entity)) return refusal('forbidden');
    return { ok: true, value: store.records.page(entity, after, limit) };
  };

  nsp.use(countedHandshake(consoleHandshake(store, now), deps.metrics.refused));
  nsp.on('connection', (socket) => {
    if (!sessionLive(socket)) return void socket.disconnect(true);
    const { role, username } = socket.data as ConsoleIdentity;
    deps.log.debug('console connected', { username, role });
    socket.on('disconnect', (reason) => deps.log.debug('console disconnected', { username, role, reason }));
    for (const entity of readableBy(role)) void socket.join(roomOf(entity));
    serveRequests(
      socket,
      createTokenBucket(deps.rateLimit, now),
      {
        snapshot: authenticated(socket, snapshot),
        changes: authenticated(socket, changes),
        tracks: authenticated(socket, tracks),
        fieldHealth: authenticated(socket, fieldHealth),
        mutate: authenticated(socket, mutate),
        records: authenticated(socket, records),
        ...Object.fromEntries(Object.entries(admin).map(([event, handler]) => [event, authenticated(socket, handler)])),
      },
      deps.log,
      deps.metrics.refused,
      MAX_CONSOLE_PAYLOAD_BYTES,
    );
  });

  return {
    sweep() {
      for (const socket of nsp.sockets.values()) if (!sessionLive(socket)) socket.disconnect(true);
    },
    endGoneSessions(username) {
      for (const socket of nsp.sockets.values()) {
        if ((socket.data as ConsoleIdentity).username === username && !sessionLive(socket)) socket.disconnect(true);
      }
    },
  };
}
