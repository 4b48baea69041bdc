// Crash recovery of the first sync's bulk load: a console core in a child process follows a real hub with 20,000
// operations and is SIGKILLed while paging, while building, right after the swap and at seeded random moments, then
// started again until live. Each time the cache must pass SQLite's integrity check, hold exactly the hub's
// operations (ids and versions), have an address-search row per operation and facts equal to a rebuild, and the
// operation queued in the outbox before the kill must have reached the hub.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../shared/live/sync-status.ts';
import { startHub, type Hub } from './hub.ts';
import { CHECKPOINT_PLAN } from './test-support/checkpoint-plan.ts';
import { openTestStore, testStore } from './test-support/test-store.ts';
import { CACHE_FILE_NAME } from '../core/cache/cache-session.ts';
import { FACT_TABLES, REBUILD_FACTS_SQL } from '../core/insights/facts/install.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';

const OPERATIONS = 20_000;
const CHILD = path.resolve('src/core/sync/bulk/test-support/core-child.ts');

type Line = { type: 'state'; status: SyncStatus } | { type: 'wrote'; id: string };

interface Running {
  readonly child: ChildProcess;
  /** Resolves with the first line `until` accepts. */
  readonly waitFor: (until: (line: Line) => boolean) => Promise<Line>;
  readonly exited: Promise<void>;
}

let hub: Hub;
let hubDir: string;
const coordinator = () => hub.demo!.users.find((u) => u.role === 'coordinator')!;

function run(dataDir: string, write: boolean): Running {
  const { username, password } = coordinator();
  const args = [CHILD, dataDir, hub.url, username, password, ...(write ? [JSON.stringify(CHECKPOINT_PLAN)] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: Line[] = [];
  const waiters: { until: (line: Line) => boolean; resolve: (line: Line) => void }[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as Line;
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.until(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitFor = (until: (line: Line) => boolean) => {
    const seen = lines.find(until);
    if (seen) return Promise.resolve(seen);
    return new Promise<Line>((resolve, reject) => {
      waiters.push({ until, resolve });
      void exited.then(() => reject(new Error('the core exited first')));
    });
  };
  return { child, waitFor, exited };
}

const isState = (test: (status: SyncStatus) => boolean) => (line: Line) => line.type === 'state' && test(line.status);
const live = isState((s) => s.state === 'live');

/** The moments to kill at: a phase of the load, or a seeded random delay after the start. */
const KILLS: readonly [string, (running: Running) => Promise<unknown>][] = [
  ['while paging', (r) => r.waitFor(isState((s) => s.progress?.phase === 'paging' && s.progress.done > 0))],
  ['as the build starts', (r) => r.waitFor(isState((s) => s.progress?.phase === 'building'))],
  ['during the build', async (r) => (await r.waitFor(isState((s) => s.progress?.phase === 'building')), sleep(120))],
  ['right after the swap', (r) => r.waitFor(live)],
  ...[17, 42].map((seed): [string, (r: Running) => Promise<unknown>] => [
    `at random (seed ${seed})`,
    () => sleep(1_500 + ((seed * 7_919) % 3_000)),
  ]),
];

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// One hub for every case (seeding it takes seconds); each case follows it from a data dir of its own.
beforeAll(async () => {
  hubDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-crash-hub-'));
  hub = await startHub({ ...testStore(hubDir), port: 0, demoUnits: 4, demoOperations: OPERATIONS });
}, 120_000);
afterAll(async () => {
  await hub.close();
  fs.rmSync(hubDir, { recursive: true, force: true });
});

const idsAndVersions = (db: Database.Database, sql: string) => db.prepare(sql).raw().all() as [string, number][];
const facts = (db: Database.Database) =>
  FACT_TABLES.map((t) => (db.prepare(`SELECT * FROM ${t}`).all() as object[]).map((r) => JSON.stringify(r)).sort());

describe('the bulk load after a SIGKILL', () => {
  it.each(KILLS)(
    'killed %s, it restarts to a complete cache',
    async (_, killAt) => {
      const dataDir = tempDir('bulk-crash-core-');
      const first = run(dataDir, true);
      const wrote = (await first.waitFor((line) => line.type === 'wrote')) as { id: string };
      await killAt(first);
      first.child.kill('SIGKILL');
      await first.exited;

      const second = run(dataDir, false);
      await second.waitFor(live);
      const store = openTestStore(hubDir); // a second connection to the hub's store
      const waitForPush = async () => {
        for (let i = 0; i < 200 && !store.records.get('operation', wrote.id); i++) await sleep(50);
      };
      await waitForPush();
      await sleep(300); // its change back from the hub settles the outbox entry
      second.child.kill('SIGTERM');
      await second.exited;

      const hubOperations = store.db
        .all<{ id: string; version: number }>("SELECT id, version FROM records WHERE entity = 'operation' ORDER BY id")
        .map((r): [string, number] => [r.id, r.version]);
      store.close();
      expect(hubOperations.length).toBeGreaterThan(OPERATIONS);
      expect(hubOperations.some(([id]) => id === wrote.id)).toBe(true); // the queued write survived the kill
      const cache = new Database(path.join(dataDir, CACHE_FILE_NAME));
      try {
        expect(cache.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(idsAndVersions(cache, 'SELECT id, version FROM operations ORDER BY id')).toEqual(hubOperations);
        expect(cache.prepare('SELECT COUNT(*) FROM operations_address_fts').pluck().get()).toBe(hubOperations.length);
        expect(cache.prepare('SELECT COUNT(*) FROM outbox').pluck().get()).toBe(0);
        const built = facts(cache);
        cache.exec(REBUILD_FACTS_SQL);
        expect(facts(cache)).toEqual(built);
      } finally {
        cache.close();
      }
    },
    90_000,
  );
});
