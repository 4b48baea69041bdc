// Runs in: Node. The hub's embedded SQLite store: one file in the data dir, opened (WAL, busy timeout, its own
// forward-only migrations) with the console core's SQLite infrastructure. Every query is a prepared statement.
//
// The CLI's user commands open the same file while a hub may be running: WAL lets both write, one at a time.
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openCache } from '../../core/cache/open.ts';
import { StatementCache } from '../../core/cache/statements.ts';
import { AdminLogRepository } from './admin-log-repository.ts';
import { CaseNumbersRepository } from './case-numbers-repository.ts';
import { ChangesRepository } from './changes-repository.ts';
import { ClientMutationsRepository } from './client-mutations-repository.ts';
import { DevicesRepository } from './devices-repository.ts';
import { HUB_MIGRATIONS } from './migrations/index.ts';
import { PositionsRepository } from './positions-repository.ts';
import { RecordsRepository } from './records-repository.ts';
import { SessionsRepository } from './sessions-repository.ts';
import { UsersRepository } from './users-repository.ts';

export const HUB_STORE_FILE = 'hub.sqlite3';

export interface HubStore {
  readonly file: string;
  readonly db: Database;
  readonly users: UsersRepository;
  readonly sessions: SessionsRepository;
  readonly devices: DevicesRepository;
  readonly positions: PositionsRepository;
  readonly changes: ChangesRepository;
  readonly clientMutations: ClientMutationsRepository;
  readonly records: RecordsRepository;
  readonly caseNumbers: CaseNumbersRepository;
  readonly adminLog: AdminLogRepository;
  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE: no lock upgrade can fail half-way). */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/**
 * Opens (creating and migrating if needed) the store in `dataDir`; throws CacheUnavailableError.
 * `nativeBinding`: a better-sqlite3 build for the current runtime (Electron's, when embedded in the desktop app).
 */
export function openHubStore(dataDir: string, nativeBinding?: string): HubStore {
  const file = path.join(dataDir, HUB_STORE_FILE);
  const db = openCache(file, { migrations: HUB_MIGRATIONS, nativeBinding });
  const statements = new StatementCache(db);
  return {
    file,
    db,
    users: new UsersRepository(statements),
    sessions: new SessionsRepository(statements),
    devices: new DevicesRepository(statements),
    positions: new PositionsRepository(statements),
    changes: new ChangesRepository(statements),
    clientMutations: new ClientMutationsRepository(statements),
    records: new RecordsRepository(statements),
    caseNumbers: new CaseNumbersRepository(statements),
    adminLog: new AdminLogRepository(statements),
    transaction: (fn) => db.transaction(fn).immediate(),
    close: () => db.close(),
  };
}
