// The PostgreSQL store's migrations: from an empty database to the latest version; several hub processes starting
// at once on a new database apply each migration exactly once; a database of a newer hub is refused untouched.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { openRawTestDb, openTestStore, testStore } from '../test-support/test-store.ts';
import { migratePostgres, postgresSchemaVersion } from './migrate-postgres.ts';
import { HUB_POSTGRES_MIGRATIONS } from './migrations-postgres/index.ts';

const LATEST = HUB_POSTGRES_MIGRATIONS.length;

function openInChild(database: string): Promise<void> {
  const script = path.resolve('src/hub/test-support/open-store-child.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, database], { stdio: 'inherit' });
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`)))));
}

describe('PostgreSQL store migrations', () => {
  it.each(Array.from({ length: LATEST }, (_, from) => from))('from version %i to the latest', (from) => {
    const dir = tempDir();
    const raw = openRawTestDb(dir);
    expect(migratePostgres(raw, HUB_POSTGRES_MIGRATIONS, from)).toBe(from);
    raw.close();
    const store = openTestStore(dir);
    expect(postgresSchemaVersion(store.db)).toBe(LATEST);
    expect(store.changes.lastSeq()).toBe(0);
    store.close();
  });

  it('applies each migration once when three hubs start at once on a new database', async () => {
    const dir = tempDir();
    const { database } = testStore(dir);
    await Promise.all([openInChild(database!), openInChild(database!), openInChild(database!)]);
    const raw = openRawTestDb(dir);
    expect(raw.column('SELECT version FROM schema_migrations ORDER BY version')).toEqual(HUB_POSTGRES_MIGRATIONS.map((m) => m.version));
    expect(raw.value('SELECT COUNT(*) FROM change_log_seq')).toBe(1);
    raw.close();
  });
});
