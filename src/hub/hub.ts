// Runs in: Node. The dispatch hub: one HTTP server on one address, carrying POST /api/login and Socket.IO
// (/field for devices, /console for people), over the embedded SQLite store.
//
//   device ─telemetry─► /field ─► clock check ─► unit book (newest per unit) ─► position fanout ─(every 50 ms)─► consoles
//                                              └─► telemetry ingest ─(every 100 ms, one transaction)─► store + change log
//                                                                                                      └─► 'changes' ─► consoles
//   device ◄─'dispatch'── /field ◄── a unit's new task or a dispatcher's status, as published
//
// One hub per data dir (a lock file beside the store): the hub keeps units and positions in memory as the
// store's only writer of them.
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
import { createLoginRoute } from './http/login-route.ts';
import { createRoutes } from './http/routes.ts';
import { ClockRefusalCounts } from './live/clock-refusals.ts';
import { ClockToleranceCache } from './live/clock-tolerance.ts';
import { serveConsole } from './live/console-namespace.ts';
import { FieldDispatcher } from './live/field-dispatch.ts';
import { serveField } from './live/field-namespace.ts';
import { PositionFanout } from './live/position-fanout.ts';
import { roomOf } from './live/rooms.ts';
import { TelemetryIngest } from './live/telemetry-ingest.ts';
import type { RateLimit } from './live/token-bucket.ts';
import { UnitBook } from './live/unit-book.ts';
import { HUB_STORE_FILE, openHubStore, type HubStore } from './store/hub-store.ts';

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

export interface HubOptions {
  readonly dataDir: string;
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
    store = openHubStore(dataDir, options.nativeBinding);
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
  const login = createLogin(store, options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS, now);
  const server = http.createServer(createRoutes(createLoginRoute(login, now, log)));
  const io = new Server(server, {
    serveClient: false,
    maxHttpBufferSize: MAX_FRAME_BYTES,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
  });
  io.use((_socket, next) => next(new Error('forbidden'))); // the default namespace serves no one
  const consoles = io.of(LIVE_NAMESPACES.console);
  const devices = io.of(LIVE_NAMESPACES.field);
  const clock = new ClockToleranceCache(() => store.records.all('setting').map((record) => record.entry));
  const clockRefusals = new ClockRefusalCounts(now());
  const dispatcher = new FieldDispatcher(devices, store);
  // One 'changes' packet per room and batch (a push of 500 mutations is one packet, not 500), in seq order.
  // The unit book follows every unit change, whoever made it (telemetry, a dispatcher's push), after the commit,
  // and the unit's devices hear what concerns their crew; a new setting may change the clock tolerance.
  const publish = (changes: readonly Change[]) => {
    for (const change of changes) {
      if (change.entity === 'setting') clock.forget();
      if (change.entity !== 'unit') continue;
      dispatcher.unitChanged(book.unit(change.id), change.data);
      book.setUnit(change.data);
    }
    const byRoom = new Map<string, Change[]>();
    for (const change of changes) byRoom.set(roomOf(change.entity), [...(byRoom.get(roomOf(change.entity)) ?? []), change]);
    for (const [room, batch] of byRoom) consoles.to(room).emit('changes', batch);
  };
  const ingest = new TelemetryIngest(store, book, publish, now, log);
  const fanout = new PositionFanout(consoles, roomOf('unit'));
  const field = serveField(devices, {
    store,
    book,
    ingest,
    fanout,
    clock,
    clockRefusals,
    dispatcher,
    rateLimit: rateLimits.field,
    now,
    log,
  });
  const consoleService = serveConsole(consoles, {
    store,
    book,
    clock,
    clockRefusals,
    rateLimit: rateLimits.console,
    now,
    log,
    field,
    publish,
  });

  const pruneTracks = (at = now()) => store.positions.pruneTracks(at - retentionMs);
  const maintain = () => {
    try {
      pruneTracks();
      store.sessions.deleteExpired(now());
      consoleService.sweep();
      field.sweep();
    } catch (err) {
      log.error('maintenance failed', { err });
    }
  };
  maintain();
  const timers = [
    setInterval(() => fanout.tick(), POSITIONS_TICK_MS),
    setInterval(() => ingest.flush(), FLUSH_MS),
    setInterval(maintain, MAINTENANCE_MS),
  ];

  let port: number;
  try {
    port = await listen(server, host, options.port ?? 0);
  } catch (err) {
    for (const timer of timers) clearInterval(timer);
    await io.close();
    throw err;
  }
  const url = urlOf(host, port);
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
        store.close();
        releaseLock();
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
