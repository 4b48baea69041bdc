// Runs in: Node. Brings a cache file up to LATEST_VERSION, one transaction per migration, each recorded
// in schema_migrations. A file from a newer console (version above ours) is refused, never touched.
import type { Database } from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index.ts';

export class CacheTooNewError extends Error {
  constructor(readonly fileVersion: number) {
    super(`cache schema version ${fileVersion} is newer than this console (${LATEST_VERSION})`);
  }
}

/** The file's schema version; 0 for a new file. Reads only. */
export function schemaVersion(db: Database): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

export function assertNotTooNew(db: Database, known: number = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > known) throw new CacheTooNewError(current);
}

export function migrate(db: Database, target: number = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  assertNotTooNew(db, migrations.length);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations) {
    if (m.version > target) break;
    // IMMEDIATE, and the version re-read inside: two processes opening a new file at once (say, two CLI
    // commands) apply each migration exactly once — the second waits, then sees it done.
    db.transaction(() => {
      if (schemaVersion(db) >= m.version) return;
      db.exec(m.up);
      record.run(m.version, m.name, Date.now());
    }).immediate();
  }
  return schemaVersion(db);
}
