// Suite "sync": the write path (docs/ARCHITECTURE.md, "Local writes"). The hub runs as a child process (its
// CLI, with 25,000 demo operations), the console core in this process over a real cache file, as in the field.
//
//   sync.write.p99_ms   2,000 edits through the ConsoleApi (operations.update) while live: call → committed to
//                       cache + outbox. baseline: raw better-sqlite3, one IMMEDIATE transaction {UPDATE a row;
//                       INSERT a queue row} on a scratch file with the same pragmas; p99 of 2,000.
//   sync.flush.ms       10,000 edits made with the hub down; the hub restarted: from the console's reconnect
//                       (sync state leaves 'offline') until the outbox is empty. baseline: raw socket.io (same
//                       process pair shape: hub child ↔ this process) — the same 10,000 envelopes in the same
//                       push batches, acked by a server that does nothing with them.
//   sync.catchup.ms     the console closed; 100,000 changes written to the hub's log meanwhile; the console
//                       started again: from start until it reports 'live' (login, connect, pull every page,
//                       apply). baseline: a raw socket.io client of the same hub pulling the same pages, applying
//                       nothing.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { createConsoleCore, type ConsoleCore } from '../src/core/console-core.ts';
import { readDemoCredentials } from '../src/hub/demo/demo-credentials.ts';
import { openHubStore } from '../src/hub/store/hub-store.ts';
import { freePort, startHubProcess, stopHubProcess } from '../src/hub/test-support/hub-process.ts';
import type { EventName } from '../src/shared/api/names.ts';
import type { OperationRow } from '../src/shared/operations/types.ts';
import type { MutationEnvelope } from '../src/shared/hub-protocol/push.ts';
import { MAX_PUSH_MUTATIONS } from '../src/shared/hub-protocol/push.ts';
import { LIVE_NAMESPACES } from '../src/shared/hub-protocol/namespaces.ts';
import { MAX_CHANGES_PAGE, type Change } from '../src/shared/hub-protocol/changes.ts';
import { log, percentile, report } from './report.ts';

const DEMO_OPERATIONS = 25_000;
const WRITES = 2_000;
const FLUSH = 10_000;
const CATCHUP = 100_000;

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const startHub = (dataDir: string, port: number) =>
  startHubProcess(dataDir, port, ['--demo-units', '4', '--demo-operations', String(DEMO_OPERATIONS)], 120_000);
const stopHub = (child: ChildProcess) => stopHubProcess(child, 'SIGTERM');

async function call<T>(core: ConsoleCore, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Resolves with the time of the first event of `name` whose payload passes `ok`. */
function nextEvent(core: ConsoleCore, name: EventName, ok: (payload: never) => boolean): Promise<number> {
  return new Promise((resolve) => {
    const off = core.onEvent((event, payload) => {
      if (event === name && ok(payload as never)) {
        off();
        resolve(performance.now());
      }
    });
  });
}

function rawWriteP99(dir: string): number {
  const db = new Database(path.join(dir, 'raw.sqlite3'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(
    'CREATE TABLE t (id TEXT PRIMARY KEY, team TEXT, version INTEGER); CREATE TABLE q (seq INTEGER PRIMARY KEY AUTOINCREMENT, payload TEXT)',
  );
  const insert = db.prepare('INSERT INTO t VALUES (?, ?, 1)');
  db.transaction(() => {
    for (let i = 0; i < DEMO_OPERATIONS; i++) insert.run(`op-${i}`, 'Equipo 01');
  })();
  const update = db.prepare('UPDATE t SET team = ?, version = version + 1 WHERE id = ?');
  const queue = db.prepare('INSERT INTO q (payload) VALUES (?)');
  const write = db.transaction((i: number) => {
    update.run(`Equipo ${i % 40}`, `op-${i % DEMO_OPERATIONS}`);
    queue.run(JSON.stringify({ kind: 'operation.update', id: `op-${i}`, patch: { team: `Equipo ${i % 40}` } }));
  });
  const samples: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const started = performance.now();
    write.immediate(i);
    samples.push(performance.now() - started);
  }
  db.close();
  return percentile(samples, 99);
}

async function editable(core: ConsoleCore): Promise<string[]> {
  const filter = { statuses: ['draft', 'planned', 'reserved', 'in_progress'] };
  const { rows } = await call<{ rows: OperationRow[] }>(core, 'operations.page', { filter, offset: 0, limit: 500 });
  return rows.map((r) => r.id);
}

async function edits(core: ConsoleCore, ids: readonly string[], count: number, onEach?: (ms: number) => void): Promise<void> {
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await call(core, 'operations.update', { id: ids[i % ids.length], patch: { team: `Equipo ${String(i % 40).padStart(2, '0')}` } });
    onEach?.(performance.now() - started);
  }
}

/** The same envelopes in the same batches through raw socket.io, acked by a server that does nothing. */
async function rawFlushMs(): Promise<number> {
  const server = http.createServer();
  const ioServer = new Server(server, { maxHttpBufferSize: 1_000_000 });
  ioServer.on('connection', (socket) => socket.on('mutate', (_payload: unknown, ack: (a: unknown) => void) => ack({ ok: true })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client: Socket = io(`http://127.0.0.1:${port}`, { transports: ['websocket'] });
  await new Promise((resolve) => client.once('connect', () => resolve(null)));
  const envelope = (i: number): MutationEnvelope => ({
    clientSeq: i + 1,
    mutationId: crypto.randomUUID(),
    baseVersion: 1,
    madeAt: Date.now(),
    mutation: { kind: 'operation.update', id: crypto.randomUUID(), patch: { team: `Equipo ${i % 40}` } },
  });
  const all = Array.from({ length: FLUSH }, (_, i) => envelope(i));
  const started = performance.now();
  for (let i = 0; i < all.length; i += MAX_PUSH_MUTATIONS) {
    await client.emitWithAck('mutate', { clientId: 'raw', mutations: all.slice(i, i + MAX_PUSH_MUTATIONS) });
  }
  const ms = performance.now() - started;
  client.close();
  await ioServer.close();
  return ms;
}

/** Writes `count` operation changes into a stopped hub's log (updates of its demo operations). */
function writeChanges(hubDir: string, count: number): void {
  const store = openHubStore(hubDir);
  try {
    const ops = store.records.page('operation', null, DEMO_OPERATIONS).records;
    const now = Date.now();
    store.transaction(() => {
      for (let i = 0; i < count; i++) {
        const current = store.records.get('operation', ops[i % ops.length]!.id)!;
        const next = { ...current, team: `Equipo ${String(i % 16).padStart(2, '0')}`, updatedAt: now, version: current.version + 1 };
        store.records.save('operation', next, now);
        store.changes.append<Change>({ at: now, entity: 'operation', id: next.id, data: next });
      }
    });
  } finally {
    store.close();
  }
}

async function rawCatchupMs(hubUrl: string, credentials: { username: string; password: string }, since: number): Promise<number> {
  const started = performance.now();
  const login = (await (
    await fetch(`${hubUrl}/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    })
  ).json()) as { token: string };
  const socket: Socket = io(`${hubUrl}${LIVE_NAMESPACES.console}`, { auth: { token: login.token }, transports: ['websocket'] });
  await new Promise((resolve) => socket.once('connect', () => resolve(null)));
  for (let cursor = since, more = true; more;) {
    const answer = (await socket.emitWithAck('changes', { since: cursor, limit: MAX_CHANGES_PAGE })) as {
      value: { changes: Change[]; hasMore: boolean };
    };
    cursor = answer.value.changes.at(-1)?.seq ?? cursor;
    more = answer.value.hasMore;
  }
  const ms = performance.now() - started;
  socket.close();
  return ms;
}

/** The parts run in this order on one hub and console (each needs the state the one before leaves). */
export const SYNC_PARTS = ['write', 'flush', 'catchup'] as const;

export async function runSyncSuite(only?: ReadonlySet<string>): Promise<void> {
  const wants = (part: (typeof SYNC_PARTS)[number]) => !only || only.has(part);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-bench-sync-'));
  const [hubDir, coreDir] = [path.join(root, 'hub'), path.join(root, 'core')];
  const port = await freePort();
  const hubUrl = `http://127.0.0.1:${port}`;
  log(`hub with ${DEMO_OPERATIONS} demo operations (child process)…`);
  let hub = await startHub(hubDir, port);
  const coordinator = readDemoCredentials(hubDir)!.users.find((u) => u.role === 'coordinator')!;
  const credentials = { username: coordinator.username, password: coordinator.password };
  const openCore = () =>
    createConsoleCore({
      dataDir: coreDir,
      host: 'browser',
      version: 'bench',
      demo: false,
      log: () => {},
      hub: { url: hubUrl, credentials },
    });
  let core = openCore();
  try {
    await until(async () => (await call<{ state: string }>(core, 'sync.status', {})).state === 'live', 120_000, 'the console to be live');
    const ids = await editable(core);

    if (wants('write')) await measureWrites(core, ids, root);
    await until(async () => (await call<{ pending: number }>(core, 'outbox.status', {})).pending === 0, 120_000, 'the outbox to empty');
    if (wants('flush')) hub = await measureFlush(core, ids, hub, hubDir, port);
    if (wants('catchup')) [core, hub] = await measureCatchup(core, hub, { hubDir, port, openCore, credentials });
  } finally {
    await core.close();
    await stopHub(hub);
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function measureWrites(core: ConsoleCore, ids: readonly string[], root: string): Promise<void> {
  log(`write: ${WRITES} edits while live…`);
  const samples: number[] = [];
  await edits(core, ids, WRITES, (ms) => samples.push(ms));
  report({
    name: 'sync.write.p99_ms',
    value: percentile(samples, 99),
    unit: 'ms',
    baseline: rawWriteP99(root),
    goal: { on: 'value', op: '<=', target: 5 },
    note: `p50 ${percentile(samples, 50).toFixed(2)} ms over ${WRITES} operations.update calls (cache of ${DEMO_OPERATIONS} operations, live hub)`,
  });
}

/** Returns the restarted hub. */
async function measureFlush(
  core: ConsoleCore,
  ids: readonly string[],
  hub: ChildProcess,
  hubDir: string,
  port: number,
): Promise<ChildProcess> {
  log(`flush: ${FLUSH} edits with the hub down, then the hub restarted…`);
  await stopHub(hub);
  await until(async () => (await call<{ state: string }>(core, 'sync.status', {})).state === 'offline', 30_000, 'offline');
  await edits(core, ids, FLUSH);
  const reconnected = nextEvent(core, 'sync.state', (s: { state: string }) => s.state !== 'offline');
  const flushed = nextEvent(core, 'outbox.changed', (s: { pending: number }) => s.pending === 0);
  const restarted = await startHub(hubDir, port);
  report({
    name: 'sync.flush.ms',
    value: (await flushed) - (await reconnected),
    unit: 'ms',
    baseline: await rawFlushMs(),
    goal: { on: 'value', op: '<=', target: 2000 },
    note: `${FLUSH} offline edits of ${ids.length} operations, from reconnect to an empty outbox (pushes of ≤ ${MAX_PUSH_MUTATIONS})`,
  });
  return restarted;
}

interface CatchupSetup {
  readonly hubDir: string;
  readonly port: number;
  readonly openCore: () => ConsoleCore;
  readonly credentials: { username: string; password: string };
}

/** Returns the console (reopened) and the hub (restarted), for the caller to close. */
async function measureCatchup(core: ConsoleCore, hub: ChildProcess, setup: CatchupSetup): Promise<[ConsoleCore, ChildProcess]> {
  log(`catch-up: the console closed, ${CATCHUP} changes meanwhile…`);
  await core.close();
  await stopHub(hub);
  const store = new Database(path.join(setup.hubDir, 'hub.sqlite3'), { readonly: true });
  const lastSeq = store.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").pluck().get() as number;
  store.close();
  writeChanges(setup.hubDir, CATCHUP);
  const restarted = await startHub(setup.hubDir, setup.port);
  const started = performance.now();
  const reopened = setup.openCore();
  const live = await nextEvent(reopened, 'sync.state', (s: { state: string }) => s.state === 'live');
  report({
    name: 'sync.catchup.ms',
    value: live - started,
    unit: 'ms',
    baseline: await rawCatchupMs(`http://127.0.0.1:${setup.port}`, setup.credentials, lastSeq),
    goal: { on: 'value', op: '<=', target: 5000 },
    note: `${CATCHUP} missed operation changes (pages of ${MAX_CHANGES_PAGE}), from console start to 'live'`,
  });
  return [reopened, restarted];
}
