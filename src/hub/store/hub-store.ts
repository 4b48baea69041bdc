// Runs in: Node. The hub's store, in one of two places behind one set of repositories (sql/sql-db.ts):
//
//   embedded (default) ─► hub.sqlite3 in the data dir, opened (WAL, busy timeout, its own forward-only migrations)
//                         with the console core's SQLite infrastructure — the demo and a single desk
//   PostgreSQL         ─► a database the city's IT runs (--database / HUB_DATABASE_URL), its own numbered
//                         migrations (migrations-postgres); several hub processes may share it
//
// The CLI's user commands open the same store while a hub may be running: both stores let them write, one
// transaction at a time.
import path from 'node:path';
import { openCache } from '../../core/cache/open.ts';
import { AdminLogRepository } from './admin-log-repository.ts';
import { CaseNumbersRepository } from './case-numbers-repository.ts';
import { ChangesRepository } from './changes-repository.ts';
import { ClientMutationsRepository } from './client-mutations-repository.ts';
import { DevicesRepository } from './devices-repository.ts';
import { migratePostgres } from './migrate-postgres.ts';
import { HUB_MIGRATIONS } from './migrations/index.ts';
import { HUB_POSTGRES_MIGRATIONS } from './migrations-postgres/index.ts';
import { PositionsRepository } from './positions-repository.ts';
import { RecordsRepository } from './records-repository.ts';
import { SessionsRepository } from './sessions-repository.ts';
import { openPostgresDb } from './sql/postgres-db.ts';
import type { SqlDb } from './sql/sql-db.ts';
import { sqliteDb } from './sql/sqlite-db.ts';
import { UsersRepository } from './users-repository.ts';

export const HUB_STORE_FILE = 'hub.sqlite3';

export interface HubStore {
  /** The hub's data dir: the embedded store's file and the demo's credentials live there. */
  readonly dataDir: string;
  readonly db: SqlDb;
  readonly users: UsersRepository;
  readonly sessions: SessionsRepository;
  readonly devices: DevicesRepository;
  readonly positions: PositionsRepository;
  readonly changes: ChangesRepository;
  readonly clientMutations: ClientMutationsRepository;
  readonly records: RecordsRepository;
  readonly caseNumbers: CaseNumbersRepository;
  readonly adminLog: AdminLogRepository;
  /** Runs `fn` in one write transaction. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/** Where a hub's store is: the embedded file in its data dir, or a PostgreSQL database. */
export interface HubStoreLocation {
  readonly dataDir: string;
  /** postgres://… — the store is that database, not the data dir's file. */
  readonly database?: string;
  /** A better-sqlite3 build for the current runtime (Electron's, when embedded in the desktop app). */
  readonly nativeBinding?: string;
}

function storeOver(dataDir: string, db: SqlDb): HubStore {
  return {
    dataDir,
    db,
    users: new UsersRepository(db),
    sessions: new SessionsRepository(db),
    devices: new DevicesRepository(db),
    positions: new PositionsRepository(db),
    changes: new ChangesRepository(db),
    clientMutations: new ClientMutationsRepository(db),
    records: new RecordsRepository(db),
    caseNumbers: new CaseNumbersRepository(db),
    adminLog: new AdminLogRepository(db),
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
  };
}

/** Opens (creating and migrating if needed) the store at `location`; throws CacheUnavailableError. */
export function openHubStoreAt({ dataDir, database, nativeBinding }: HubStoreLocation): HubStore {
  if (!database)
    return storeOver(dataDir, sqliteDb(openCache(path.join(dataDir, HUB_STORE_FILE), { migrations: HUB_MIGRATIONS, nativeBinding })));
  const db = openPostgresDb(database);
  try {
    migratePostgres(db, HUB_POSTGRES_MIGRATIONS);
  } catch (err) {
    db.close();
    throw err;
  }
  return storeOver(dataDir, db);
}

/** The embedded store in `dataDir` (see openHubStoreAt). */
export const openHubStore = (dataDir: string, nativeBinding?: string): HubStore => openHubStoreAt({ dataDir, nativeBinding });
