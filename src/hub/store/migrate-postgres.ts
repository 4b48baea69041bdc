// Runs in: Node. Brings a PostgreSQL hub database up to its latest schema, one transaction per migration, each
// recorded in schema_migrations, as the SQLite store's runner does (core/cache/migrate.ts). Several hub processes
// may start at once on one database: each migration's transaction first takes an advisory lock and re-reads the
// version, so each is applied exactly once. A database of a newer hub is refused, never touched.
import { CacheUnavailableError } from '../../core/cache/open.ts';
import type { Migration } from '../../core/cache/migrations/index.ts';
import type { SqlDb } from './sql/sql-db.ts';

/** Any fixed number: the lock every hub's migration takes on the database. */
const MIGRATION_LOCK = 7_420_017;

export function postgresSchemaVersion(db: SqlDb): number {
  const exists = db.value<string>("SELECT to_regclass('schema_migrations')::text");
  return exists ? (db.value<number>('SELECT COALESCE(MAX(version), 0) FROM schema_migrations') ?? 0) : 0;
}

export function migratePostgres(db: SqlDb, migrations: readonly Migration[], target = migrations.length): number {
  const current = postgresSchemaVersion(db);
  if (current > migrations.length) throw new CacheUnavailableError('too_new', new Error(`schema version ${current}`));
  for (const m of migrations) {
    if (m.version > target) break;
    db.transaction(() => {
      db.value('SELECT pg_advisory_xact_lock(?)', MIGRATION_LOCK);
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
      if (postgresSchemaVersion(db) >= m.version) return;
      db.exec(m.up);
      db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', m.version, m.name, Date.now());
    });
  }
  return postgresSchemaVersion(db);
}
