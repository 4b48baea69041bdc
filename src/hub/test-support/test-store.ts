// Runs in: Node (tests only). Which store the hub's tests run on. The suite runs twice (vitest.config.ts projects):
// on the embedded SQLite file, and — the 'hub-postgres' project — on a throwaway PostgreSQL cluster started once by
// postgres-global-setup.ts, where each test hub gets a database of its own, named after its data dir, so that a
// hub restarted on the same data dir finds its data again, as with the file.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { inject } from 'vitest';
import { HUB_STORE_FILE, openHubStoreAt, type HubStore, type HubStoreLocation } from '../store/hub-store.ts';
import { openPostgresDb } from '../store/sql/postgres-db.ts';
import type { SqlDb } from '../store/sql/sql-db.ts';
import { sqliteDb } from '../store/sql/sqlite-db.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's superuser URL, in the 'hub-postgres' project only. */
    postgresCluster: string | undefined;
  }
}

export const TEST_STORE = process.env.HUB_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * Whether the test hub's Socket.IO recovers a dropped connection's session (connection state recovery): a lone hub's
 * in-memory adapter does; the PostgreSQL adapter that the hubs on one database share does not (its documented
 * limit), so there a console that dropped pulls from its cursor and a device goes through the handshake again.
 */
export const RECOVERS_SESSIONS = TEST_STORE === 'sqlite';

const created = new Set<string>();

/** A database of its own on the run's cluster for `dataDir` (created on first use). */
function databaseFor(dataDir: string): string {
  const cluster = inject('postgresCluster');
  if (!cluster) throw new Error('HUB_TEST_STORE=postgres needs the hub-postgres project (postgres-global-setup.ts)');
  const name = `hub_${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 24)}`;
  const url = new URL(cluster);
  if (!created.has(name)) {
    const admin = openPostgresDb(url.href);
    try {
      if (!admin.value('SELECT 1 FROM pg_database WHERE datname = ?', name)) admin.exec(`CREATE DATABASE ${name}`);
    } finally {
      admin.close();
    }
    created.add(name);
  }
  url.pathname = `/${name}`;
  return url.href;
}

/** Where a test hub in `dataDir` keeps its store, in this run: spread into startHub's options. */
export function testStore(dataDir: string): HubStoreLocation {
  return TEST_STORE === 'postgres' ? { dataDir, database: databaseFor(dataDir) } : { dataDir };
}

/** The same for a hub started as a child process (its CLI): the flags that say where its store is. */
export function testStoreFlags(dataDir: string): string[] {
  const { database } = testStore(dataDir);
  return database ? ['--database', database] : [];
}

/** The store of a test hub in `dataDir`, opened directly. */
export const openTestStore = (dataDir: string): HubStore => openHubStoreAt(testStore(dataDir));

/** The store of `dataDir` as a bare connection: not migrated, for looking at what a refused open left. */
export function openRawTestDb(dataDir: string): SqlDb {
  if (TEST_STORE === 'postgres') return openPostgresDb(databaseFor(dataDir));
  return sqliteDb(new Database(path.join(dataDir, HUB_STORE_FILE)));
}
