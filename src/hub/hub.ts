// Runs in: Node. The dispatch hub: one HTTP server on one address, carrying POST /api/login, GET /healthz and
// /metrics (http/routes.ts) and Socket.IO (/field for devices, /console for people), over its store: the embedded
// SQLite file or PostgreSQL (store/hub-store.ts).
//
//   device ─telemetry─► /field ─► clock check ─► unit book (newest per unit) ─► position fanout ─(every 50 ms)─► consoles
//                                              └─► telemetry ingest ─(every 100 ms, one transaction)─► store + change log
//                                                                                                      └─► 'changes' ─► consoles
//   device ◄─'dispatch'── /field ◄── a unit's new task or a dispatcher's status, as published
//
// One hub per data dir (a lock file beside the store). On PostgreSQL several hub processes, each with its own data
// dir, share one database: their Socket.IO servers share rooms through the PostgreSQL adapter, and each keeps its
// in-memory unit book in step with the others' commits (live/hub-relay.ts).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Server } from 'socket.io';
import { LIVE_NAMESPACES } from '../shared/hub-protocol/namespaces.ts';
import type { Change } from '../shared/hub-protocol/changes.ts';
import { acquireLock } from '../core/cache/data-dir-lock.ts';
import { createLogin, DEFAULT_SESSION_TTL_MS } from './auth/login.ts';
import { readDemoCredentials, writeDemoCredentials, type DemoCredentials } from './demo/demo-credentials.ts';
import { seedDefaultSettings, seedDemo, seedDemoOperations, seedDemoRoster } from './demo/seed-demo.ts';
import { SILENT_LOG, type HubLog } from './hub-log.ts';
import { createHealthRoute } from './http/health-route.ts';
import { createLoginRoute } from './http/login-route.ts';
import { createMetricsRoute } from './http/metrics-route.ts';
import { createRoutes } from './http/routes.ts';
import { ClockRefusalCounts } from './live/clock-refusals.ts';
import { ClockToleranceCache } from './live/clock-tolerance.ts';
import type { Ended } from './live/cluster-link.ts';
import { serveConsole } from './live/console-namespace.ts';
import { FieldDispatcher } from './live/field-dispatch.ts';
import { serveField } from './live/field-namespace.ts';
import { HubRelay } from './live/hub-relay.ts';
import { TelemetryIngest } from './live/telemetry-ingest.ts';
import type { RateLimit } from './live/token-bucket.ts';
import { UnitBook } from './live/unit-book.ts';
import { createHubMetrics } from './metrics/hub-metrics.ts';
import { storeProbe } from './metrics/store-probe.ts';
import { shownDatabaseUrl } from './store/database-url.ts';
import { HUB_STORE_FILE, openHubStoreAt, type HubStore } from './store/hub-store.ts';

export const DEFAULT_TRACK_RETENTION_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_RATE_LIMITS: { readonly field: RateLimit; readonly console: RateLimit } = {
  field: { perSecond: 20, burst: 40 },
  // A console catching up pulls page after page: generous, but still a ceiling.
  console: { perSecond: 50, burst: 100 },
};
const POSITIONS_TICK_MS = 50;
const FLUSH_MS = 100;
const MAINTENANCE_MS = 10_000;
/** Well above MAX_PAYLOAD_BYTES: oversized app payloads reach the hub and get an answer instead of a dropped connection. */
const MAX_FRAME_BYTES = 1_000_000;
const RECOVERY = { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true };

export interface HubOptions {
  readonly dataDir: string;
  /** postgres://… — the store is that PostgreSQL database instead of the data dir's SQLite file. */
  readonly database?: string;
  /** The one address to listen on; loopback unless the operator says otherwise. */
  readonly host?: string;
  readonly port?: number;
  /** Seed this many demo units (and demo users) into a store that has no units. */
  readonly demoUnits?: number;
  /** Seed this many demo operations into a store that has no operations. */
  readonly demoOperations?: number;
  readonly sessionTtlMs?: number;
  readonly trackRetentionMs?: number;
  readonly rateLimits?: Partial<typeof DEFAULT_RATE_LIMITS>;
  readonly log?: HubLog;
  /** A better-sqlite3 build for the current runtime (Electron's, when the desktop app embeds the hub). */
  readonly nativeBinding?: string;
}

export interface Hub {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** The demo accounts and device tokens of this data dir, if it has any (dataDir/demo-credentials.json). */
  readonly demo: DemoCredentials | null;
  /** Deletes track points older than the retention (also runs every 10 s); returns how many. */
  pruneTracks(now?: number): number;
  /** Stores pending telemetry, disconnects everyone, closes the store and releases the data dir. */
  close(): Promise<void>;
}

const urlOf = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startHub(options: HubOptions): Promise<Hub> {
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = acquireLock(path.join(dataDir, `${HUB_STORE_FILE}.lock`));
  let store: HubStore | undefined;
  try {
    store = openHubStoreAt({ dataDir, database: options.database, nativeBinding: options.nativeBinding });
    seedDefaultSettings(store, Date.now());
    if ((options.demoUnits ?? 0) > 0) {
      await seedDemo(store, dataDir, options.demoUnits!, Date.now());
      seedDemoRoster(store, Date.now());
    }
    if ((options.demoOperations ?? 0) > 0) seedDemoOperations(store, options.demoOperations!, Date.now());
    return await serve(store, dataDir, options, lock.release);
  } catch (err) {
    store?.close();
    lock.release();
    throw err;
  }
}

async function serve(store: HubStore, dataDir: string, options: HubOptions, releaseLock: () => void): Promise<Hub> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? SILENT_LOG;
  const retentionMs = options.trackRetentionMs ?? DEFAULT_TRACK_RETENTION_MS;
  const rateLimits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const now = () => Date.now();

  const book = new UnitBook(store.records.all('unit'), store.positions.latest());
  // (Loaded only for a PostgreSQL store: the embedded hub of a console never needs node-postgres.)
  const cluster = options.database ? (await import('./live/cluster-adapter.ts')).startClusterAdapter(options.database, log) : null;
  const login = createLogin(store, options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS, now);
  const probe = storeProbe(store, log);
  // The namespaces below are read at each scrape, once the hub listens.
  const metrics = createHubMetrics({ consoles: () => consoles.sockets.size, devices: () => devices.sockets.size, store: probe });
  const routes = {
    login: createLoginRoute(login, now, log, metrics.refused),
    health: createHealthRoute(probe),
    metrics: createMetricsRoute(metrics, log),
  };
  const server = http.createServer(createRoutes(routes));
  const io = new Server(server, {
    serveClient: false,
    maxHttpBufferSize: MAX_FRAME_BYTES,
    // Connection-state recovery (Socket.IO replaying what a short drop missed) only for a hub alone on its store:
    // the cluster adapter keeps no sessions to recover, yet with recovery on it would publish every single socket's
    // emit — each console's positions — to every other hub, and deliver it only after that NOTIFY's round trip.
    // Consoles of a cluster catch up from their cursor instead (core/sync/sync-service.ts).
    ...(cluster ? { adapter: cluster.adapter } : { connectionStateRecovery: RECOVERY }),
  });
  io.use((_socket, next) => next(new Error('forbidden'))); // the default namespace serves no one
  const consoles = io.of(LIVE_NAMESPACES.console);
  const devices = io.of(LIVE_NAMESPACES.field);
  const clock = new ClockToleranceCache(() => store.records.all('setting').map((record) => record.entry));
  const clockRefusals = new ClockRefusalCounts(now());
  const dispatcher = new FieldDispatcher(devices, store);
  // (endHere runs only once the hub serves: field and consoleService below exist by then.)
  const endHere = (ended: Ended) =>
    'device' in ended ? field.disconnectDevice(ended.device) : consoleService.endGoneSessions(ended.sessionsOf);
  const relay = new HubRelay({ consoles, store, book, dispatcher, clock, now, clustered: cluster !== null, endHere });
  const publish = (changes: readonly Change[]) => relay.publish(changes);
  const ingest = new TelemetryIngest(store, publish, now, log);
  const field = serveField(devices, {
    store,
    book,
    ingest,
    relay,
    clock,
    clockRefusals,
    dispatcher,
    rateLimit: rateLimits.field,
    now,
    log,
    metrics,
  });
  const consoleService = serveConsole(consoles, {
    store,
    book,
    clock,
    clockRefusals,
    rateLimit: rateLimits.console,
    now,
    log,
    metrics,
    field,
    endConnections: (ended) => relay.endEverywhere(ended),
    publish,
  });

  const pruneTracks = (at = now()) => store.positions.pruneTracks(at - retentionMs);
  const maintain = () => {
    try {
      pruneTracks();
      store.sessions.deleteExpired(now());
      consoleService.sweep();
      field.sweep();
      relay.refresh();
    } catch (err) {
      log.error('maintenance failed', { err });
    }
  };
  maintain();
  const timers = [
    setInterval(() => relay.tick(), POSITIONS_TICK_MS),
    setInterval(() => ingest.flush(), FLUSH_MS),
    setInterval(maintain, MAINTENANCE_MS),
  ];

  let port: number;
  try {
    port = await listen(server, host, options.port ?? 0);
  } catch (err) {
    for (const timer of timers) clearInterval(timer);
    await io.close();
    await cluster?.close();
    throw err;
  }
  const url = urlOf(host, port);
  log.info('hub started', {
    url,
    store: store.db.dialect,
    ...(options.database && { database: shownDatabaseUrl(options.database) }),
    dataDir,
  });
  const demo = rememberUrl(dataDir, url, log);

  let closing: Promise<void> | undefined;
  return {
    url,
    host,
    port,
    dataDir,
    demo,
    pruneTracks,
    close: () =>
      (closing ??= (async () => {
        for (const timer of timers) clearInterval(timer);
        ingest.flush();
        await io.close();
        await cluster?.close();
        store.close();
        releaseLock();
        log.info('hub stopped', { url });
      })()),
  };
}

/**
 * Records the hub's address in the demo credentials (the simulator's default target) and returns them. A file
 * that cannot be read or written costs the demo conveniences, never the hub itself.
 */
function rememberUrl(dataDir: string, url: string, log: HubLog): DemoCredentials | null {
  try {
    const stored = readDemoCredentials(dataDir);
    if (!stored) return null;
    const demo = { ...stored, hubUrl: url };
    writeDemoCredentials(dataDir, demo);
    return demo;
  } catch (err) {
    log.warn('could not use the demo credentials file', { err });
    return null;
  }
}
